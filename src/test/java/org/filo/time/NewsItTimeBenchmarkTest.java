package org.filo.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filo.SharedData;
import org.filo.model.Document;
import org.filo.model.TextAnalysis;
import org.filo.model.Timex;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the tagger on ../shared/data/news-it (372 articles, whole text as content, no parse).
 * Prints tokens/s of wall and of thread CPU time (the machine may be shared) (tokens counted as words and punctuation marks) and writes every expression found to
 * target/news-it-timexes.tsv for reading. A benchmark: it prints the speed, it asserts no time.
 */
class NewsItTimeBenchmarkTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    @Test
    void tagsTheNewsBatchAndPrintsSpeed() throws IOException {
        Path batch = SharedData.require("data/news-it");
        ItalianTimeTagger tagger = ItalianTimeTagger.fromModels(Path.of("models"));
        Map<String, LocalDate> manifest = SeedDocuments.manifest(batch.resolve("manifest.csv"));
        long tokens = 0;
        long timexes = 0;
        long nanos = 0;
        long cpuNanos = 0;
        Path dump = Path.of("target", "news-it-timexes.tsv");
        Files.createDirectories(dump.getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(dump, StandardCharsets.UTF_8))) {
            for (Map.Entry<String, LocalDate> e : manifest.entrySet()) {
                Document doc = SeedDocuments.document(batch.resolve(e.getKey() + ".txt"), e.getKey(), e.getValue());
                Matcher m = TOKEN.matcher(doc.text());
                while (m.find()) {
                    tokens++;
                }
                long t0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                var found = tagger.tag(doc, TextAnalysis.EMPTY);
                cpuNanos += THREADS.getCurrentThreadCpuTime() - c0;
                nanos += System.nanoTime() - t0;
                timexes += found.size();
                for (Timex t : found) {
                    out.printf("%s\t%s\t%d\t%s\t%s\t%s\t%s%n", e.getKey(), e.getValue(), t.start(), t.text().replace('\n', ' '), t.type(), t.value(), t.mod());
                }
            }
        }
        double seconds = nanos / 1e9;
        double cpuSeconds = cpuNanos / 1e9;
        System.out.printf("news-it: %d documents, %d tokens, %d timexes; wall %.2f s (%.0f tokens/s), "
                + "thread CPU %.2f s (%.0f tokens/s)%n", manifest.size(), tokens, timexes, seconds, tokens / seconds,
                cpuSeconds, tokens / cpuSeconds);
        assertTrue(timexes > 0, "no expression found in the whole batch");
    }

    @Test
    void withoutADctDeicticsStayUnderspecified() throws IOException {
        Path batch = SharedData.require("data/news-it");
        ItalianTimeTagger tagger = ItalianTimeTagger.fromModels(Path.of("models"));
        int deictics = 0;
        for (String docId : SeedDocuments.manifest(batch.resolve("manifest.csv")).keySet()) {
            Document doc = SeedDocuments.document(batch.resolve(docId + ".txt"), docId, null);
            for (Timex t : tagger.tag(doc, TextAnalysis.EMPTY)) {
                String word = t.text().toLowerCase(java.util.Locale.ROOT);
                if (word.equals("ieri") || word.equals("oggi") || word.equals("domani") || word.endsWith("scorso")) {
                    deictics++;
                    assertTrue(t.value() == null || t.value().contains("X"), docId + ": " + t + " resolved without a DCT");
                }
            }
        }
        assertTrue(deictics > 0, "no deictic found in the batch");
    }
}
