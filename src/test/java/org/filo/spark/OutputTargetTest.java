package org.filo.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.filo.output.OutputStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Hadoop FS output (file:// here): records come down before and go up after; one run at a time. */
class OutputTargetTest {
    @TempDir
    Path dir;

    @Test
    void downloadsHoldsAndPublishes() throws Exception {
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(OutputStore.DOCUMENTS), "old documents\n");
        String uri = out.toUri().toString();
        try (OutputTarget target = OutputTarget.open(uri, new Configuration())) {
            assertEquals("old documents\n", Files.readString(target.storeDir().resolve(OutputStore.DOCUMENTS)));
            OutputTarget.Refused busy = assertThrows(OutputTarget.Refused.class,
                    () -> OutputTarget.open(uri, new Configuration()));
            assertTrue(busy.getMessage().startsWith("another run is writing to " + uri), busy.getMessage());
            Files.writeString(target.storeDir().resolve(OutputStore.DOCUMENTS), "new documents\n");
            Files.writeString(target.storeDir().resolve(OutputStore.EVENTS), "new events\n");
            target.publish();
        }
        assertEquals("new documents\n", Files.readString(out.resolve(OutputStore.DOCUMENTS)));
        assertEquals("new events\n", Files.readString(out.resolve(OutputStore.EVENTS)));
        assertFalse(Files.exists(out.resolve(OutputTarget.LOCK)));
        OutputTarget.open(uri, new Configuration()).close(); // free again
    }

    @Test
    void aFileIsNoFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        OutputTarget.Refused e = assertThrows(OutputTarget.Refused.class,
                () -> OutputTarget.open(file.toUri().toString(), new Configuration()));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }
}
