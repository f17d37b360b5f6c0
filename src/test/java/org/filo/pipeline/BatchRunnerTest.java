package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.filo.ingest.SourceFile;
import org.filo.model.ProcessedDocument;
import org.filo.model.Status;
import org.filo.output.OutputStore;
import org.filo.output.RecordMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scheduling of a batch, with a stand-in pipeline (no models): what the runner does while one document is long. */
class BatchRunnerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BEHIND = 20;

    @Test
    void otherWorkersGoOnPastALongDocumentAndRecordsStayInInputOrder(@TempDir Path dir) throws Exception {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i <= BEHIND; i++) {
            Path f = dir.resolve(String.format("in/%03d.txt", i));
            Files.createDirectories(f.getParent());
            Files.writeString(f, "testo " + i);
            files.add(new SourceFile(f, String.format("%03d", i), f.toString(), null, null, null));
        }
        CountDownLatch behind = new CountDownLatch(BEHIND);
        // the first document is long: it ends only once the twenty behind it are done (or after 20 s)
        DocumentProcessor pipeline = file -> {
            if (file.docId().equals("000")) {
                boolean passed = await(behind);
                return ProcessedDocument.failed(Failures.identityOnly(file), Status.EMPTY, passed ? "passed" : "starved");
            }
            behind.countDown();
            return ProcessedDocument.failed(Failures.identityOnly(file), Status.EMPTY, "short");
        };
        Path out = dir.resolve("out");
        try (OutputStore store = OutputStore.open(JSON, out)) {
            new BatchRunner(pipeline, new RecordMapper(JSON, "test"), 2, Duration.ofSeconds(60)).run(files, store);
        }
        List<JsonNode> records = BatchFixtures.records(out.resolve(OutputStore.DOCUMENTS));
        assertEquals(BEHIND + 1, records.size());
        assertEquals("passed", records.get(0).get("error").asText(), "the documents behind the long one ran while it did");
        for (int i = 0; i < records.size(); i++) {
            assertEquals(String.format("%03d", i), records.get(i).get("doc_id").asText(), "input order");
        }
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The runaway ignores its interrupt until the test ends: on one thread, the ten documents behind it must still run
     * (a replacement worker takes the slot) and their limit must not count the time they waited for it.
     */
    @Test
    void aDocumentThatIgnoresItsLimitIsTimeoutAndTheOnesBehindItStillRun(@TempDir Path dir) throws Exception {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            Path f = dir.resolve(String.format("in/%03d.txt", i));
            Files.createDirectories(f.getParent());
            Files.writeString(f, "testo " + i);
            files.add(new SourceFile(f, String.format("%03d", i), f.toString(), null, null, null));
        }
        CountDownLatch testOver = new CountDownLatch(1);
        DocumentProcessor pipeline = file -> {
            if (file.docId().equals("000")) {
                while (testOver.getCount() > 0) {
                    Thread.interrupted(); // swallows every interrupt, as a parser that never checks would
                    Thread.onSpinWait();
                }
            }
            return ProcessedDocument.failed(Failures.identityOnly(file), Status.EMPTY, "ran");
        };
        Path out = dir.resolve("out");
        try (OutputStore store = OutputStore.open(JSON, out)) {
            BatchRunner runner = new BatchRunner(pipeline, new RecordMapper(JSON, "test"), 1, Duration.ofSeconds(1),
                    Duration.ofSeconds(1), Progress.Mode.QUIET);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> runner.run(files, store),
                    "the batch ended although one document never does");
        } finally {
            testOver.countDown();
        }
        List<JsonNode> records = BatchFixtures.records(out.resolve(OutputStore.DOCUMENTS));
        assertEquals("TIMEOUT", records.get(0).get("status").asText());
        for (JsonNode r : records.subList(1, records.size())) {
            assertEquals("ran", r.get("error").asText(), r.get("doc_id").asText() + " ran, on a fresh worker");
        }
        assertEquals(11, records.size());
    }

    /** A stage stopped at the limit fails in its own way (CoreNLP throws, Tika says FAILED): the record says TIMEOUT. */
    @Test
    void aDocumentStoppedAtItsLimitIsTimeoutWhateverTheStageSaid(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("slow.txt"), "testo");
        SourceFile slow = new SourceFile(f, "slow", f.toString(), null, null, null);
        DocumentProcessor pipeline = file -> {
            try {
                Thread.sleep(60_000);
                return ProcessedDocument.failed(Failures.identityOnly(file), Status.EMPTY, "slept");
            } catch (InterruptedException e) {
                return ProcessedDocument.failed(Failures.identityOnly(file), Status.FAILED, "Analysis failed.");
            }
        };
        Path out = dir.resolve("out");
        try (OutputStore store = OutputStore.open(JSON, out)) {
            new BatchRunner(pipeline, new RecordMapper(JSON, "test"), 1, Duration.ofSeconds(1)).run(List.of(slow), store);
        }
        JsonNode record = BatchFixtures.records(out.resolve(OutputStore.DOCUMENTS)).get(0);
        assertEquals("TIMEOUT", record.get("status").asText());
        assertEquals("Processing stopped at the time limit for one document (1 s).", record.get("error").asText());
    }

    @Test
    void aDocumentThatFailsToBeReadWeighsNothingAndIsStillRecorded(@TempDir Path dir) throws IOException {
        SourceFile missing = new SourceFile(dir.resolve("gone.txt"), "gone", "gone.txt", null, null, null);
        DocumentProcessor pipeline = file -> ProcessedDocument.failed(Failures.identityOnly(file), Status.FAILED,
                "The file cannot be read.");
        Path out = dir.resolve("out");
        try (OutputStore store = OutputStore.open(JSON, out)) {
            BatchSummary summary = new BatchRunner(pipeline, new RecordMapper(JSON, "test"), 2, Duration.ofSeconds(60))
                    .run(List.of(missing), store);
            assertEquals(1, summary.processed().get(Status.FAILED));
        }
        assertEquals("gone", BatchFixtures.records(out.resolve(OutputStore.DOCUMENTS)).get(0).get("doc_id").asText());
    }
}
