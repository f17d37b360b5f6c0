package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineFingerprintTest {
    @TempDir
    Path models;

    @Test
    void changesWhenARuleChangesAndOnlyThen() throws IOException {
        Files.createDirectories(models.resolve("events"));
        Files.writeString(models.resolve("events/triggers.tsv"), "telefonata\tPHONE_CALL\n");
        String before = PipelineFingerprint.of(models);
        assertEquals(before, PipelineFingerprint.of(models), "same code, same rules, same fingerprint");
        Files.writeString(models.resolve("events/triggers.tsv"), "telefonata\tPHONE_CALL\nvertice\tMEETING\n");
        assertNotEquals(before, PipelineFingerprint.of(models));
        assertEquals(16, before.length());
    }
}
