package org.filo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Which file types Filo reads, by Tika's detected media type. News comes as text, web pages, PDF, office
 * documents and e-mail; images, archives and programs are not articles and are refused with a sentence.
 */
final class TypePolicy {
    static final String READABLE = "plain text, HTML, PDF, Word, OpenDocument text, RTF and e-mail";

    private static final Map<String, String> TIKA_TYPES = Map.ofEntries(
            Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "HTML"),
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "Word"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("message/rfc822", "e-mail"));
    /** Containers Tika reports when it cannot look inside a damaged office file; the name then tells. */
    private static final Set<String> CONTAINERS = Set.of("application/zip", "application/x-tika-ooxml",
            "application/x-tika-msoffice", "application/x-tika-ooxml-protected", "application/octet-stream");

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final MimeTypes mimeTypes = TikaConfig.getDefaultConfig().getMimeRepository();

    /** The detected media type without parameters, e.g. {@code text/html}. */
    String detect(byte[] bytes, String fileName) throws IngestFailure {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata).getBaseType().toString();
        } catch (IOException e) {
            throw new IngestFailure(org.filo.model.Status.PARSE_FAILED,
                    "Tika could not detect the type of this file: " + e.getMessage() + ".", e);
        }
    }

    /**
     * Decoded by us, not by Tika: any text/* that is not markup, and bytes of unknown type (a .txt of junk lands
     * here and is refused by the decoder's binary check with a clear sentence).
     */
    boolean isPlainText(String type) {
        if (type.equals("application/octet-stream")) {
            return true;
        }
        return type.startsWith("text/") && !TIKA_TYPES.containsKey(type) && !type.equals("text/xml");
    }

    boolean isHtml(String type) {
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    boolean isSupported(String type, String fileName) {
        if (TIKA_TYPES.containsKey(type)) {
            return true;
        }
        return CONTAINERS.contains(type) && TIKA_TYPES.containsKey(typeFromName(fileName));
    }

    /** A short human name for messages: "PDF", "HTML", or the media type itself. */
    String describe(String type) {
        return TIKA_TYPES.getOrDefault(type, type.startsWith("text/") ? "text" : type);
    }

    private String typeFromName(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return mimeTypes.detect(null, metadata).getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }
}
