package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL mid-batch leaves files from which the next run completes the same output. */
@Tag("models")
class KillAndResumeTest {
    @TempDir
    Path tmp;

    @Test
    void aKilledRunIsCompletedByTheNextOneWithTheSameBytesAsAnUninterruptedRun() throws Exception {
        Path in = tmp.resolve("in");
        for (String part : List.of("a", "b", "c")) {
            BatchFixtures.copyCorpus(in.resolve(part));
        }
        Path killed = tmp.resolve("killed");
        Process child = startExtract(in, killed);
        try {
            waitForLines(killed.resolve("documents.jsonl"), 2, child);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
            child.waitFor(30, TimeUnit.SECONDS);
        }
        long written = Files.lines(killed.resolve("documents.jsonl")).count();
        assertTrue(written < 15, "the kill came before the end of the batch (" + written + " written)");

        BatchFixtures.extract(List.of(in), killed, 1);
        Path clean = tmp.resolve("clean");
        BatchFixtures.extract(List.of(in), clean, 1);
        for (String f : List.of("documents.jsonl", "events.jsonl")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
    }

    private static Process startExtract(Path in, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.filo.cli.Main", "extract", in.toString(), "--out", out.toString());
        pb.environment().put("FILO_HOME", Path.of("").toAbsolutePath().toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(out.resolveSibling("child.log").toFile());
        return pb.start();
    }

    private static void waitForLines(Path file, int lines, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new AssertionError("extract ended before it could be killed, exit " + child.exitValue());
            }
            if (Files.exists(file) && Files.lines(file).count() >= lines) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("extract wrote fewer than " + lines + " records in 10 minutes");
    }
}
