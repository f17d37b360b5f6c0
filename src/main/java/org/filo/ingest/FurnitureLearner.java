package org.filo.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns page furniture from a corpus: a line that recurs, word for word, in several documents is what the
 * site prints on every page (donation boxes, comment rules, footers, sidebars of other headlines), not a
 * story. The result is a data file in {@code models/ingest/} that is applied to one document at a time, so a
 * record never depends on the other files of its batch.
 */
public final class FurnitureLearner {
    /** A line must recur in at least this many documents; 4 keeps one wire story reprinted twice or thrice. */
    public static final int DEFAULT_MIN_DOCS = 4;
    /** Shorter lines ("Siria", "Roma") are left to the short-run rule: they recur in stories too. */
    static final int MIN_CHARS = 12;
    static final String FILE_NAME = "repeated-lines.tsv";

    private FurnitureLearner() {
    }

    /** The normalised lines that occur in at least {@code minDocs} of the texts, with their document counts. */
    public static Map<String, Integer> learn(Iterable<String> texts, int minDocs) {
        Map<String, Integer> docs = new HashMap<>();
        for (String text : texts) {
            Set<String> seen = new HashSet<>();
            for (String line : text.split("\\R")) {
                String n = FurnitureRules.normalise(line);
                if (n.length() >= MIN_CHARS && n.chars().anyMatch(Character::isLetter) && seen.add(n)) {
                    docs.merge(n, 1, Integer::sum);
                }
            }
        }
        docs.values().removeIf(c -> c < minDocs);
        return docs;
    }

    /** Writes {@code docs<TAB>line} rows, most frequent first, then alphabetical, so a rebuild is byte-stable. */
    public static void write(Map<String, Integer> lines, Path file, String header) throws IOException {
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(lines.entrySet());
        rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        StringBuilder out = new StringBuilder();
        for (String h : header.split("\n")) {
            out.append("# ").append(h).append('\n');
        }
        for (Map.Entry<String, Integer> row : rows) {
            out.append(row.getValue()).append('\t').append(row.getKey()).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** Reads the learned lines as exact line rules; each row's line is its own example. */
    static List<FurnitureRules.Rule> load(Path ingestModels) throws IOException {
        Path file = ingestModels.resolve(FILE_NAME);
        List<FurnitureRules.Rule> rules = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 1 || tab == line.length() - 1) {
                throw new IOException(file + ":" + (i + 1) + ": expected docs<TAB>line, got: " + line);
            }
            String text = line.substring(tab + 1);
            rules.add(new FurnitureRules.Rule(FurnitureRules.Match.EXACT, FurnitureRules.Scope.LINE,
                    FurnitureRules.normalise(text), text, null));
        }
        return rules;
    }
}
