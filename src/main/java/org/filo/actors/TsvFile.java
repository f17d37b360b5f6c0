package org.filo.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A knowledge-base table: '#' comments and blank lines skipped, a header that must match, tab-separated cells. */
final class TsvFile {
    /** One data row, with where it came from for error messages. */
    record Row(String where, List<String> cells) {
        String get(int i) {
            return cells.get(i);
        }

        /** A '|'-separated list cell; '-' is the empty list. */
        List<String> list(int i) {
            String cell = cells.get(i);
            if (cell.equals("-") || cell.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : cell.split("\\|")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
            return out;
        }

        /** A single cell, null for '-'. */
        String optional(int i) {
            String cell = cells.get(i);
            return cell.equals("-") || cell.isEmpty() ? null : cell;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where + ": " + message);
        }
    }

    private TsvFile() {
    }

    static List<Row> read(Path file, String... header) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor knowledge base file " + file, e);
        }
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            String where = file.getFileName() + ":" + (n + 1);
            if (!headerSeen) {
                if (!cells.equals(List.of(header))) {
                    throw new IllegalArgumentException(where + ": header must be " + String.join("<TAB>", header)
                            + " but is " + line);
                }
                headerSeen = true;
                continue;
            }
            if (cells.size() != header.length) {
                throw new IllegalArgumentException(where + ": expected " + header.length + " tab-separated cells, found "
                        + cells.size());
            }
            rows.add(new Row(where, cells));
        }
        if (!headerSeen) {
            throw new IllegalArgumentException(file + ": no header line");
        }
        return rows;
    }
}
