package org.filo.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recomputes the merge precision and recall of the README from the committed hand-checked sample. */
class MergeSampleTest {
    @Test
    void precisionAndRecallOfTheNewsItSample() throws Exception {
        List<String[]> rows = Files.readAllLines(Path.of("src/test/resources/dataset/merge-sample-news-it.tsv"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t")).toList();
        long merged = rows.stream().filter(r -> r[0].equals("merged")).count();
        long mergedSame = rows.stream().filter(r -> r[0].equals("merged") && r[3].equals("same")).count();
        long missed = rows.stream().filter(r -> r[0].equals("unmerged") && r[3].equals("same")).count();
        long unmerged = rows.size() - merged;
        assertEquals(List.of(), rows.stream().filter(r -> r.length != 5 || !List.of("merged", "unmerged").contains(r[0])
                || !List.of("same", "different").contains(r[3])).map(List::of).toList(), "malformed rows");
        assertEquals(List.of(10L, 66L), List.of(merged, unmerged));
        assertEquals(5.0 / 10, (double) mergedSame / merged, 1e-9, "merge precision");
        assertEquals(5.0 / 16, (double) mergedSame / (mergedSame + missed), 1e-9, "merge recall");
    }
}
