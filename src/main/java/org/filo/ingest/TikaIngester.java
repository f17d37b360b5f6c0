package org.filo.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tika.metadata.Metadata;
import org.filo.model.Dct;
import org.filo.model.DctSource;
import org.filo.model.Document;
import org.filo.model.Language;
import org.filo.model.Span;
import org.filo.model.Status;

/**
 * The ingest stage on Apache Tika. Built once and shared by all workers: every field is immutable or
 * thread-safe, and each call keeps its state on the stack. Nothing thrown inside escapes {@link #ingest}:
 * each outcome is an {@link Ingested} with a status and, when not OK, a sentence saying what went wrong.
 */
public final class TikaIngester implements Ingester, AutoCloseable {
    private final IngestConfig config;
    private final TikaExtractor extractor;
    private final TypePolicy types;
    private final ContentSpanner spanner;
    private final LanguageIdentifier languages;

    public TikaIngester(IngestConfig config, FurnitureRules rules, Set<String> italianFunctionWords) {
        this(config, rules, italianFunctionWords, new TikaExtractor(config));
    }

    TikaIngester(IngestConfig config, FurnitureRules rules, Set<String> italianFunctionWords, TikaExtractor extractor) {
        this.config = config;
        this.extractor = extractor;
        this.types = new TypePolicy();
        this.spanner = new ContentSpanner(rules, italianFunctionWords);
        this.languages = new LanguageIdentifier(config, italianFunctionWords);
    }

    /** Loads the rules from {@code modelsDir/ingest} (the project's {@code models} folder). */
    public static TikaIngester load(IngestConfig config, Path modelsDir) throws IOException {
        Path ingestModels = modelsDir.resolve("ingest");
        return new TikaIngester(config, FurnitureRules.load(ingestModels),
                LanguageIdentifier.loadFunctionWords(ingestModels));
    }

    /** What is known of a file so far; a failure record carries whatever was learnt before it failed. */
    private static final class Attempt {
        String sha256; // null until the bytes are read: an unread file has no hash (not that of empty input)
        String contentType = "application/octet-stream";
        String text = "";
        String title;
        String url;
        Dct dct = Dct.NONE;
        Language language = Language.UNKNOWN;
        List<Span> spans = List.of();
        PageLayout layout = PageLayout.NONE;
    }

    @Override
    public Ingested ingest(SourceFile file) {
        Attempt a = new Attempt();
        a.title = file.manifestTitle();
        a.url = file.manifestUrl();
        if (file.manifestDate() != null) {
            a.dct = new Dct(file.manifestDate(), DctSource.MANIFEST);
        }
        Status status = Status.OK;
        String error = null;
        try {
            read(file, a);
        } catch (IngestFailure e) {
            status = e.status();
            error = e.getMessage();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            status = Status.FAILED;
            error = "An unexpected " + e.getClass().getSimpleName() + " stopped the reading of this file: "
                    + e.getMessage() + ".";
        }
        Document doc = new Document(file.docId(), file.source(), a.url, a.sha256, a.contentType, a.language,
                a.title, a.dct, a.text, a.spans);
        return new Ingested(doc, status, error);
    }

    private void read(SourceFile file, Attempt a) throws IngestFailure {
        byte[] bytes = readBytes(file.path(), a);
        a.sha256 = sha256(bytes);
        if (bytes.length == 0) {
            throw new IngestFailure(Status.EMPTY, "The file is empty (0 bytes).");
        }
        String fileName = file.path().getFileName().toString();
        String type = types.detect(bytes, fileName);
        a.contentType = type;
        Metadata metadata = null;
        if (types.isSupported(type, fileName)) {
            TikaExtractor.Extracted extracted = extractor.extract(bytes, fileName, types.describe(type), types.isHtml(type));
            metadata = extracted.metadata();
            a.contentType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).orElse(type);
            a.text = extracted.text().strip(); // before any offset exists: Tika pads with blank lines
            a.layout = extracted.layout().shifted(extracted.text().length() - extracted.text().stripLeading().length(),
                    a.text.length());
        } else if (types.isPlainText(type)) {
            PlainTextDecoder.Decoded decoded = PlainTextDecoder.decode(bytes);
            a.contentType = "text/plain; charset=" + decoded.charset();
            a.text = decoded.text();
        } else {
            throw new IngestFailure(Status.UNSUPPORTED_TYPE, "The file is " + types.describe(type) + " (" + type
                    + "), which Filo does not read; it reads " + TypePolicy.READABLE + ".");
        }
        if (metadata != null) {
            readMetadata(metadata, bytes, type, a);
        }
        if (a.text.isBlank()) {
            throw new IngestFailure(Status.EMPTY, emptySentence(type, bytes.length));
        }
        a.spans = spanner.contentSpans(a.text, a.layout);
        if (a.spans.isEmpty()) {
            throw new IngestFailure(Status.EMPTY, "All the text of this file is page furniture (menus, banners,"
                    + " links); no article text was found.");
        }
        String content = a.spans.stream().map(s -> s.of(a.text)).collect(Collectors.joining("\n"));
        LanguageIdentifier.Verdict verdict = languages.identify(content);
        a.language = verdict.language();
        if (!verdict.italian() && verdict.language().equals(Language.UNKNOWN)) {
            throw new IngestFailure(Status.NOT_ITALIAN, "The language of the text could not be identified, and too"
                    + " few of its words are Italian function words for it to be taken as Italian.");
        }
        if (!verdict.italian()) {
            throw new IngestFailure(Status.NOT_ITALIAN, "The text is in " + languageName(verdict.language())
                    + " (detector confidence " + verdict.language().confidence() + "), not Italian.");
        }
    }

    private void readMetadata(Metadata metadata, byte[] bytes, String type, Attempt a) {
        if (a.title == null) {
            a.title = MetadataReader.title(metadata);
        }
        if (a.url == null && types.isHtml(type)) {
            a.url = MetadataReader.pageUrl(metadata, bytes).orElse(null);
        }
        if (a.dct.source() == DctSource.MANIFEST) {
            return;
        }
        Optional<LocalDate> date = MetadataReader.date(metadata);
        if (date.isEmpty() && types.isHtml(type)) {
            date = MetadataReader.htmlTimeElement(bytes);
        }
        date.ifPresent(d -> a.dct = new Dct(d, DctSource.METADATA));
    }

    private byte[] readBytes(Path path, Attempt a) throws IngestFailure {
        if (Files.isSymbolicLink(path) && Files.isDirectory(path)) {
            throw new IngestFailure(Status.UNSUPPORTED_TYPE, "The path is a symbolic link to a folder, which Filo"
                    + " does not follow (a link can lead back into the batch and list its files twice); give the"
                    + " folder itself as an INPUT to read it.");
        }
        if (Files.isDirectory(path)) {
            throw new IngestFailure(Status.FAILED, "The path is a directory, not a file, so it cannot be read.");
        }
        if (!Files.exists(path)) {
            throw new IngestFailure(Status.FAILED, !Files.isSymbolicLink(path)
                    ? "The file does not exist (it may have been moved or deleted during the run)."
                    : SymbolicLinks.loops(path) ? "The path is a loop of symbolic links (following them leads back"
                    + " to a link already passed), so there is no file to read."
                    : "The path is a symbolic link to a file that does not exist.");
        }
        if (!Files.isRegularFile(path)) { // a pipe or a device would block or never end
            throw new IngestFailure(Status.FAILED, "The path is not a regular file (a pipe, socket or device).");
        }
        try {
            long size = Files.size(path);
            if (size > config.maxBytes()) {
                a.sha256 = sha256(path);
                throw new IngestFailure(Status.TOO_LARGE, "The file is " + megabytes(size) + " MB, above the limit of "
                        + megabytes(config.maxBytes()) + " MB per file, so it was not read.");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new IngestFailure(Status.FAILED, "The file could not be read: " + e.getClass().getSimpleName()
                    + " " + e.getMessage() + ".", e);
        }
    }

    private String emptySentence(String type, int size) {
        if (type.equals("application/pdf")) {
            return "The PDF has no text layer (it is probably a scanned image, and OCR is not part of Filo).";
        }
        if (types.isHtml(type)) {
            return "The HTML page has no visible text (only markup, scripts or styles).";
        }
        if (types.isPlainText(type)) {
            return "The file holds only whitespace (" + size + " bytes), no text.";
        }
        return "No text could be extracted from this " + types.describe(type) + " file.";
    }

    private static String languageName(Language language) {
        String name = Locale.forLanguageTag(language.code()).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? "language '" + language.code() + "'" : name + " ('" + language.code() + "')";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String sha256(Path path) throws IOException {
        MessageDigest md = digest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public void close() {
        extractor.close();
    }
}
