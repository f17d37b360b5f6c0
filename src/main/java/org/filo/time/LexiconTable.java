package org.filo.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One tab-separated lexicon of models/time: a key (first column) and its further columns. */
final class LexiconTable {
    private final String name;
    private final List<List<String>> rows;
    private final Map<String, List<String>> byKey = new LinkedHashMap<>();

    LexiconTable(String name, List<List<String>> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
        for (List<String> row : this.rows) {
            byKey.putIfAbsent(row.get(0), row);
        }
    }

    String name() {
        return name;
    }

    List<List<String>> rows() {
        return rows;
    }

    static LexiconTable load(Path file) {
        List<List<String>> rows = new ArrayList<>();
        int lineNo = 0;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cols = new ArrayList<>(List.of(line.split("\t", -1)));
                if (cols.get(0).isBlank()) {
                    throw new IllegalArgumentException(file + ":" + lineNo + ": empty key");
                }
                cols.set(0, TimeText.key(cols.get(0)));
                rows.add(List.copyOf(cols));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read time lexicon " + file, e);
        }
        String fileName = file.getFileName().toString();
        return new LexiconTable(fileName.replaceFirst("\\.tsv$", ""), rows);
    }

    boolean contains(String key) {
        return byKey.containsKey(TimeText.key(key));
    }

    /** Column {@code col} of the row for {@code key}, or null when the key or the column is absent. */
    String column(String key, int col) {
        List<String> row = byKey.get(TimeText.key(key));
        return row == null || row.size() <= col || row.get(col).isBlank() ? null : row.get(col);
    }

    /** A regex alternation of the keys of the rows that pass {@code filter}, longest first. */
    String alternation(Predicate<List<String>> filter) {
        return rows.stream().filter(filter).map(r -> r.get(0)).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(LexiconTable::wordRegex)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static String wordRegex(String key) {
        return List.of(key.split(" ")).stream().map(Pattern::quote).collect(Collectors.joining("[ \\t]+"));
    }
}
