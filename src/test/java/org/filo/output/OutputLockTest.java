package org.filo.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir
    Path tmp;

    @Test
    void aHeldFolderIsRefusedUntilItsLockIsReleased() throws Exception {
        Path out = tmp.resolve("out");
        try (OutputLock first = OutputLock.acquire(out)) {
            OutputLock.Refused refused = assertThrows(OutputLock.Refused.class, () -> OutputLock.acquire(out));
            assertEquals("another run is writing to " + out + "; wait for it to end or choose another --out",
                    refused.getMessage());
        }
        OutputLock.acquire(out).close();
    }

    @Test
    void aFileIsNotAnOutputFolder() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "x");
        assertTrue(assertThrows(OutputLock.Refused.class, () -> OutputLock.acquire(file)).getMessage()
                .startsWith("--out must be a folder"));
        assertTrue(assertThrows(OutputLock.Refused.class, () -> OutputLock.acquire(file.resolve("sub")))
                .getMessage().startsWith("--out must be a folder"));
    }

    @Test
    void aReadOnlyFolderIsRefusedInOneSentence() throws IOException {
        Path out = Files.createDirectory(tmp.resolve("ro"));
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes anywhere: then the refusal cannot be shown here (a read-only mount shows it; README)
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(out),
                    "OutputLockTest: skipped, this user can write to a folder without write permission (root)");
            assertEquals("cannot write to the output folder " + out + " (it is read-only, or this user may not write"
                    + " there)", assertThrows(OutputLock.Refused.class, () -> OutputLock.acquire(out)).getMessage());
        } finally {
            Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
