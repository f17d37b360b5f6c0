package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 item 2, end to end: a damaged output folder is repaired by the next run, or named with its line. */
@Tag("models")
class StoreRepairTest {
    private static final List<String> FILES = List.of("documents.jsonl", "events.jsonl");

    @TempDir
    Path tmp;

    private void assertSameBytes(Path clean, Path repaired) throws IOException {
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(repaired.resolve(f)), f);
        }
    }

    @Test
    void truncatedOrDeletedEventsAreRestoredByTheNextRun() throws IOException {
        Path clean = tmp.resolve("clean");
        BatchFixtures.extract(List.of(Path.of("corpus")), clean, 1);
        Path out = tmp.resolve("out");
        BatchFixtures.extract(List.of(Path.of("corpus")), out, 1);
        try (RandomAccessFile f = new RandomAccessFile(out.resolve("events.jsonl").toFile(), "rw")) {
            f.setLength(f.length() / 2); // cut inside a line, as truncate -s does
        }
        String report = BatchFixtures.extract(List.of(Path.of("corpus")), out, 1);
        assertTrue(report.contains("repairing " + out.resolve("documents.jsonl") + ":"), report);
        assertSameBytes(clean, out);
        Files.delete(out.resolve("events.jsonl"));
        BatchFixtures.extract(List.of(Path.of("corpus")), out, 1);
        assertSameBytes(clean, out);
    }

    @Test
    void aLineThatIsNotARecordStopsTheRunBeforeTheModelsLoadWithItsFileAndLine() throws IOException {
        Path out = tmp.resolve("out");
        BatchFixtures.extract(List.of(Path.of("corpus")), out, 1);
        Files.writeString(out.resolve("documents.jsonl"), "{\"hello\":\"world\"}\n", StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(out.resolve("documents.jsonl"));
        ExtractConfig config = new ExtractConfig(List.of(Path.of("corpus")), out, null, 1, null,
                Duration.ofSeconds(120), Path.of("models"), false, false, false);
        StringWriter err = new StringWriter();
        int exit = ExtractJob.run(config, LoadedStages.STAGES, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().startsWith("filo: " + out.resolve("documents.jsonl") + ":6: this line is not a"
                + " Filo document record"), err.toString());
        assertEquals(1, err.toString().lines().count(), "one sentence, no trace: " + err);
        assertArrayEquals(before, Files.readAllBytes(out.resolve("documents.jsonl")));
    }

    @Test
    void aRenamedFileHasOneRecordUnderItsNewNameAndADeletedOneNone() throws IOException {
        Path in = BatchFixtures.copyCorpus(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        BatchFixtures.extract(List.of(in), out, 1);
        Files.move(in.resolve("000_89a66ad8ee89c7e8.txt"), in.resolve("renamed.txt"));
        Files.delete(in.resolve("001_bb1a5722cba1163e.txt"));
        String report = BatchFixtures.extract(List.of(in), out, 1);
        assertTrue(report.contains("2 records removed: their files are gone from the input (deleted, renamed or"
                + " moved): 000_89a66ad8ee89c7e8, 001_bb1a5722cba1163e"), report);
        List<String> ids = BatchFixtures.records(out.resolve("documents.jsonl")).stream()
                .map(d -> d.get("doc_id").asText()).toList();
        assertEquals(List.of("002_179fb441c59d3219", "003_1cc5b084867929f2", "004_3b61c3f86574234b", "renamed"), ids);
        assertTrue(BatchFixtures.records(out.resolve("events.jsonl")).stream()
                .noneMatch(e -> List.of("000_89a66ad8ee89c7e8", "001_bb1a5722cba1163e")
                        .contains(e.get("doc_id").asText())), "their events went with them");
    }

    @Test
    void aDamagedRecordWhoseFileIsNotInTheRunIsKeptNamedWithItsLineAndTheRunExitsOne() throws IOException {
        Path a = BatchFixtures.copyCorpus(tmp.resolve("a"));
        Path b = BatchFixtures.copyCorpus(tmp.resolve("b"));
        Path out = tmp.resolve("out");
        BatchFixtures.extract(List.of(a, b), out, 1); // b's files take their paths as ids, so they sort first
        Files.delete(out.resolve("events.jsonl"));
        ExtractConfig onlyA = new ExtractConfig(List.of(a), out, null, 1, null, Duration.ofSeconds(120),
                Path.of("models"), false, false, false);
        StringWriter err = new StringWriter();
        int exit = ExtractJob.run(onlyA, LoadedStages.STAGES, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(1, exit, err.toString());
        assertTrue(err.toString().contains("filo: " + out.resolve("documents.jsonl") + ":1: the record of " + b
                + "/000_89a66ad8ee89c7e8 (" + b + "/000_89a66ad8ee89c7e8.txt) is damaged: events.jsonl held 0 of the"),
                err.toString());
        assertEquals(10, BatchFixtures.records(out.resolve("documents.jsonl")).size(), "nothing lost");
    }
}
