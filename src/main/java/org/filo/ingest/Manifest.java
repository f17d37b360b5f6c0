package org.filo.ingest;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A batch's {@code manifest.csv}: {@code file,published[,url,title]} with a header row, {@code file} relative to
 * the batch folder, {@code published} an ISO date (may be empty). Quoted fields ("a, b") are allowed, as CSV
 * titles contain commas. Malformed rows are a {@link ManifestException} naming every bad line at once (a user
 * fixes them in one go); rows that are well formed but suspicious (a date after today) are {@link #warnings()}.
 */
public final class Manifest {
    public record Entry(LocalDate published, String url, String title) {
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private final Map<String, Integer> lineOf;
    private final List<String> warnings;

    private Manifest(Path file, Map<String, Entry> entries, Map<String, Integer> lineOf, List<String> warnings) {
        this.file = file;
        this.entries = Map.copyOf(entries);
        this.lineOf = Map.copyOf(lineOf);
        this.warnings = List.copyOf(warnings);
    }

    /** Sentences about rows that were read but look wrong, each with its file and line. */
    public List<String> warnings() {
        return warnings;
    }

    /** The line of the row for a key of {@link #entries()}. */
    public int lineOf(String key) {
        return lineOf.getOrDefault(key, 0);
    }

    public Path file() {
        return file;
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    /** The entry for a path relative to the batch folder ('/' separators), or null. */
    public Entry get(String relativePath) {
        return entries.get(normaliseKey(relativePath));
    }

    public static Manifest read(Path file) throws IOException, ManifestException {
        return read(file, null);
    }

    /**
     * @param today the run's date, to warn about publication dates after it (input checking, not normalisation:
     *              no date is changed); null for no such warning
     */
    public static Manifest read(Path file, LocalDate today) throws IOException, ManifestException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ManifestException(file + ": the manifest is not UTF-8 text.");
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        List<String> lines = content.lines().toList();
        if (lines.isEmpty()) {
            throw new ManifestException(file + ": the manifest is empty; expected a header row file,published[,url,title].");
        }
        List<String> header = fields(lines.get(0), file, 1).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        int fileCol = header.indexOf("file");
        int dateCol = header.indexOf("published");
        if (fileCol < 0 || dateCol < 0) {
            throw new ManifestException(file + ":1: the header must name the columns file and published"
                    + " (file,published[,url,title]), found: " + lines.get(0));
        }
        int urlCol = header.indexOf("url");
        int titleCol = header.indexOf("title");
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNo = i + 1;
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                List<String> row = fields(lines.get(i), file, lineNo);
                if (row.size() != header.size()) {
                    throw new ManifestException(file + ":" + lineNo + ": expected " + header.size() + " fields as in"
                            + " the header, found " + row.size() + ": " + lines.get(i));
                }
                String key = normaliseKey(row.get(fileCol));
                if (key.isEmpty()) {
                    throw new ManifestException(file + ":" + lineNo + ": the file field is empty.");
                }
                Entry entry = new Entry(date(row.get(dateCol), file, lineNo), optional(row, urlCol),
                        optional(row, titleCol));
                if (entries.containsKey(key)) {
                    throw new ManifestException(file + ":" + lineNo + ": the file " + key + " is listed twice"
                            + " (first on line " + lineOf.get(key) + ").");
                }
                entries.put(key, entry);
                lineOf.put(key, lineNo);
                if (today != null && entry.published() != null && entry.published().isAfter(today)) {
                    warnings.add(file + ":" + lineNo + ": the publication date " + entry.published() + " of " + key
                            + " is after today (" + today + "); it is used as given.");
                }
            } catch (ManifestException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new ManifestException(String.join("\n", errors));
        }
        return new Manifest(file, entries, lineOf, warnings);
    }

    private static LocalDate date(String value, Path file, int lineNo) throws ManifestException {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new ManifestException(file + ":" + lineNo + ": published must be an ISO date like 2022-05-13,"
                    + " found \"" + v + "\".");
        }
    }

    private static String optional(List<String> row, int col) {
        if (col < 0) {
            return null;
        }
        String v = row.get(col).strip();
        return v.isEmpty() ? null : v;
    }

    static String normaliseKey(String path) {
        String key = path.strip().replace('\\', '/');
        while (key.startsWith("./")) {
            key = key.substring(2);
        }
        return key;
    }

    /** Splits one CSV line (RFC 4180 quoting; a field does not span lines in a manifest). */
    private static List<String> fields(String line, Path file, int lineNo) throws ManifestException {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ManifestException(file + ":" + lineNo + ": a quoted field is not closed: " + line);
        }
        out.add(field.toString());
        return out;
    }
}
