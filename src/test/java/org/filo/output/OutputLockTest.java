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
}
