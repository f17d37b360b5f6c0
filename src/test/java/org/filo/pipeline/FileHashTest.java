package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashTest {
    @TempDir
    Path tmp;

    @Test
    void aRegularFileHasTheSha256OfItsBytes() throws Exception {
        Path f = Files.writeString(tmp.resolve("a.txt"), "abc");
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FileHash.sha256OrNull(f));
    }

    @Test
    void aFifoIsNeverOpened() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is not available");
        // Opening a FIFO with no writer blocks for ever; the limit only turns that hang into a failure.
        assertNull(assertTimeoutPreemptively(Duration.ofSeconds(30), () -> FileHash.sha256OrNull(fifo)));
    }

    @Test
    void aFolderOrAMissingFileHasNoHash() {
        assertNull(FileHash.sha256OrNull(tmp));
        assertNull(FileHash.sha256OrNull(tmp.resolve("absent.txt")));
    }
}
