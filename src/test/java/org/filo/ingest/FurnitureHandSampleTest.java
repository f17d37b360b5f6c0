package org.filo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.filo.SharedData;
import org.filo.model.Document;
import org.filo.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Recomputes the furniture detector's precision and recall (README, page furniture) from the lines marked by hand
 * on a random sample of news-it pages: a line is dropped when no content span touches it.
 */
class FurnitureHandSampleTest {
    private static final Path LABELS = Path.of("src/test/resources/ingest/furniture-hand-labels-news-it.tsv");
    /** Labelled after the rules were written from the first sample: the figure not fitted to. */
    private static final Path CHECK = Path.of("src/test/resources/ingest/furniture-hand-labels-news-it-check.tsv");

    record Counts(int furnitureDropped, int furnitureKept, int storyDropped, int storyKept) {
    }

    @Test
    void precisionAndRecallOnTheHandLabelledSample() throws Exception {
        assertEquals(new Counts(155, 7, 0, 155), measure(LABELS, 20), "the README's figures");
    }

    @Test
    void precisionAndRecallOnTheCheckSample() throws Exception {
        assertEquals(new Counts(126, 9, 0, 95), measure(CHECK, 10), "the README's figures");
    }

    private static Counts measure(Path labels, int files) throws Exception {
        Path newsIt = SharedData.require("data/news-it");
        int[] c = new int[4];
        List<String> misses = new ArrayList<>();
        List<String[]> rows = Files.readAllLines(labels, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
        for (String[] row : rows) {
            Path file = newsIt.resolve(row[0]);
            assertTrue(TikaIngester.sha256(Files.readAllBytes(file)).startsWith(row[1]),
                    row[0] + " is not the file that was labelled (its SHA-256 changed)");
            Document doc = TestIngesters.ingest(file).document();
            BitSet furniture = lineSet(row[2]);
            List<Span> lines = lines(doc.text());
            for (int i = 0; i < lines.size(); i++) {
                Span line = lines.get(i);
                if (line.of(doc.text()).isBlank()) {
                    continue;
                }
                boolean kept = doc.contentSpans().stream().anyMatch(s -> s.overlaps(line));
                int k = (furniture.get(i) ? 0 : 2) + (kept ? 1 : 0);
                c[k]++;
                if (k == 1 || k == 2) {
                    String text = line.of(doc.text()).strip();
                    misses.add((k == 1 ? "furniture kept " : "story dropped  ") + row[0] + ":" + i + "  "
                            + text.substring(0, Math.min(100, text.length())));
                }
            }
        }
        Counts counts = new Counts(c[0], c[1], c[2], c[3]);
        double precision = (double) c[0] / (c[0] + c[2]);
        double recall = (double) c[0] / (c[0] + c[1]);
        System.out.printf("furniture sample %s: %s, precision %.3f, recall %.3f%n", labels.getFileName(), counts,
                precision, recall);
        misses.forEach(System.out::println);
        assertEquals(files, rows.size());
        return counts;
    }

    /** "0-1,6-14" → {0, 1, 6…14}; "-" → none. */
    private static BitSet lineSet(String ranges) {
        BitSet set = new BitSet();
        if (ranges.equals("-")) {
            return set;
        }
        for (String range : ranges.split(",")) {
            String[] ends = range.split("-");
            set.set(Integer.parseInt(ends[0]), Integer.parseInt(ends[ends.length - 1]) + 1);
        }
        return set;
    }

    /** The lines of the text as the content spanner cuts them (\n, \r\n or \r). */
    private static List<Span> lines(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                lines.add(new Span(start, i));
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new Span(start, text.length()));
        }
        return lines;
    }
}
