package org.filo.ingest;

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
