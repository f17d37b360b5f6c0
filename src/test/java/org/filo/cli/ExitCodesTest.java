package org.filo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes of cli.md for the calls that fail before any model is loaded. */
class ExitCodesTest {
    @TempDir
    Path tmp;

    @Test
    void aMistypedCommandIsTwoAndGetsTheNearCommand() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.run("extrct"));
        } finally {
            System.setErr(saved);
        }
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(said.contains("extract") && said.contains("Did you mean"), said);
    }

    @Test
    void badUsageIsTwo() {
        assertEquals(2, Main.run("frobnicate"));
        assertEquals(2, Main.run("extract", "--threads", "0"));
        assertEquals(2, Main.run("extract", tmp.resolve("absent").toString(), "--out", tmp.toString()));
        assertEquals(2, Main.run("extract", "corpus", "--dct", "13/05/2022", "--out", tmp.toString()));
        assertEquals(2, Main.run("eval"));
        assertEquals(2, Main.run("bench", "corpus", "--repeat", "0"));
    }

    @Test
    void anUnreadableManifestIsThreeAndWritesNothing() throws IOException {
        Path manifest = tmp.resolve("manifest.csv");
        Files.writeString(manifest, "file,published\nx.txt,notadate\n");
        Path out = tmp.resolve("out");
        assertEquals(3, Main.run("extract", "corpus", "--manifest", manifest.toString(), "--out", out.toString()));
        assertFalse(Files.exists(out.resolve("documents.jsonl")));
    }

    @Test
    void helpIsZero() {
        assertEquals(0, Main.run("extract", "--help"));
        assertEquals(0, Main.run("--help"));
    }
}
