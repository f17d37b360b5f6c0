package org.filo.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;

/** Reads a title and a publication date from what Tika found in a file's metadata (or an HTML page's markup). */
final class MetadataReader {
    /** Keys in order of trust: a page's own publication stamp first, a file's creation stamp last. */
    private static final List<String> DATE_KEYS = List.of(
            "article:published_time", "og:article:published_time", "datePublished", "DC.date.issued",
            "dcterms.issued", "dc:date", "DC.date", "dcterms.date", "date", "pubdate", "publish-date",
            "sailthru.date", "dcterms:created", "Creation-Date", "meta:creation-date");
    private static final List<String> TITLE_KEYS = List.of("dc:title", "og:title", "title", "DC.title");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
    /** A {@code <link>} element of the page's head; its attributes come in any order. */
    private static final Pattern LINK_ELEMENT = Pattern.compile("<link\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANONICAL =
            Pattern.compile("(?<![-\\w])rel\\s*=\\s*[\"']?canonical\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF =
            Pattern.compile("(?<![-\\w])href\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_ELEMENT =
            Pattern.compile("<time\\b[^>]*\\bdatetime\\s*=\\s*[\"']?(\\d{4}-\\d{2}-\\d{2})", Pattern.CASE_INSENSITIVE);

    private MetadataReader() {
    }

    static Optional<LocalDate> date(Metadata metadata) {
        for (String key : DATE_KEYS) {
            for (String value : metadata.getValues(key)) {
                Optional<LocalDate> date = isoDate(value);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** The first {@code <time datetime="YYYY-MM-DD…">} of an HTML page: many pages stamp the article so. */
    static Optional<LocalDate> htmlTimeElement(byte[] html) {
        // ISO-8859-1 maps every byte to one char, and the attribute we look for is ASCII in any encoding.
        Matcher m = TIME_ELEMENT.matcher(new String(html, StandardCharsets.ISO_8859_1));
        return m.find() ? isoDate(m.group(1)) : Optional.empty();
    }

    /**
     * Where an HTML page says it lives: its {@code og:url}, else its {@code <link rel="canonical">}; only an
     * absolute http(s) URL with a host counts (a relative one says nothing of the site).
     */
    static Optional<String> pageUrl(Metadata metadata, byte[] html) {
        for (String value : metadata.getValues("og:url")) {
            Optional<String> url = absoluteUrl(value);
            if (url.isPresent()) {
                return url;
            }
        }
        Matcher link = LINK_ELEMENT.matcher(new String(html, StandardCharsets.ISO_8859_1));
        while (link.find()) {
            String element = link.group();
            Matcher href = HREF.matcher(element);
            if (CANONICAL.matcher(element).find() && href.find()) {
                String raw = href.group(1) != null ? href.group(1) : href.group(2) != null ? href.group(2) : href.group(3);
                // the page was read byte for char: a UTF-8 URL gets its own characters back
                return absoluteUrl(new String(raw.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)
                        .replace("&amp;", "&"));
            }
        }
        return Optional.empty();
    }

    static Optional<String> absoluteUrl(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme();
            return scheme != null && scheme.matches("(?i)https?") && uri.getHost() != null ? Optional.of(v)
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    static String title(Metadata metadata) {
        for (String key : TITLE_KEYS) {
            String value = metadata.get(key);
            if (value != null && !value.isBlank()) {
                return value.strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    /** The calendar date as written (a page's local date), ignoring any time and zone after it. */
    static Optional<LocalDate> isoDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
