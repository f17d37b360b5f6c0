package org.filo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.filo.output.OutputLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder that cannot be used is refused with one sentence and exit 2, before any model loads. */
class OutputFolderTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondProcessRefusesAFolderAnotherRunHolds() throws Exception {
        Path out = tmp.resolve("out");
        try (OutputLock held = OutputLock.acquire(out)) {
            // Another JVM, as a second ./filo would be: the lock must be the operating system's, not this JVM's.
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                    Main.class.getName(), "extract", "corpus", "--out", out.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the refused run ends");
            assertEquals(2, p.exitValue(), err);
            assertTrue(err.contains("another run is writing to " + out), err);
            assertFalse(err.contains("models loaded"), "refused before loading the models: " + err);
        }
        assertEquals(List.of(), listJsonl(out), "the refused run wrote nothing");
    }

    @Test
    void outNamingAFileIsTwoAndSaysSo() throws IOException {
        Path file = Files.writeString(tmp.resolve("out.txt"), "keep me");
        assertEquals(2, Main.run("extract", "corpus", "--out", file.toString()));
        assertEquals("keep me", Files.readString(file));
    }

    private static List<Path> listJsonl(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).toList();
        }
    }
}
