package org.filo.output;

import static org.filo.output.OutputStoreTest.doc;
import static org.filo.output.OutputStoreTest.events;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store checks itself on open (issue 16 item 2): what it can repair it repairs, the rest it names. */
class StoreCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Three documents with 2, 0 and 3 events, as an uninterrupted run leaves them. */
    private void writeAll(Path out) throws IOException {
        try (OutputStore store = OutputStore.open(JSON, out)) {
            store.write(doc("a", "ha", 2), events("a", "v1", 2));
            store.write(doc("b", "hb", 0), List.of());
            store.write(doc("c", "hc", 3), events("c", "v1", 3));
        }
    }

    private Path file(String name) {
        return dir.resolve("out").resolve(name);
    }

    private void truncateEventsTo(long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file(OutputStore.EVENTS).toFile(), "rw")) {
            f.setLength(bytes);
        }
    }

    /** Damages a folder, opens it, writes again what the open says is missing, and compares with a clean run. */
    private void assertRepairedLikeACleanRun(Consumer<Path> damage, List<String> madeAgain) throws IOException {
        writeAll(dir.resolve("clean"));
        writeAll(dir.resolve("out"));
        damage.accept(dir.resolve("out"));
        try (OutputStore store = OutputStore.open(JSON, dir.resolve("out"))) {
            assertEquals(madeAgain.size(), store.found().size(), store.found().toString());
            for (String id : List.of("a", "b", "c")) {
                assertEquals(!madeAgain.contains(id), store.recorded(id) != null, id);
            }
            if (madeAgain.contains("a")) {
                store.write(doc("a", "ha", 2), events("a", "v1", 2));
            }
            if (madeAgain.contains("c")) {
                store.write(doc("c", "hc", 3), events("c", "v1", 3));
            }
            assertEquals(3, store.records().size());
        }
        for (String f : List.of(OutputStore.DOCUMENTS, OutputStore.EVENTS)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("clean").resolve(f)), Files.readAllBytes(file(f)), f);
        }
    }

    private static void quietly(IoAction a) {
        try {
            a.run();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    @Test
    void deletedEventsAreMadeAgainForEveryDocumentThatHadSome() throws IOException {
        assertRepairedLikeACleanRun(out -> quietly(() -> Files.delete(out.resolve(OutputStore.EVENTS))),
                List.of("a", "c"));
    }

    @Test
    void eventsTruncatedInsideALineOrBetweenLinesAreMadeAgain() throws IOException {
        writeAll(dir.resolve("probe"));
        List<String> lines = Files.readAllLines(dir.resolve("probe").resolve(OutputStore.EVENTS));
        long twoLines = (lines.get(0) + "\n" + lines.get(1) + "\n").getBytes(StandardCharsets.UTF_8).length;
        assertRepairedLikeACleanRun(out -> quietly(() -> truncateEventsTo(twoLines + 5)), List.of("c"));
        quietly(() -> Files.walk(dir.resolve("clean")).sorted(java.util.Comparator.reverseOrder())
                .forEach(p -> p.toFile().delete()));
        assertRepairedLikeACleanRun(out -> quietly(() -> truncateEventsTo(7)), List.of("a", "c"));
    }

    @Test
    void aRemovedEventLineMakesOnlyItsDocumentAgain() throws IOException {
        assertRepairedLikeACleanRun(out -> quietly(() -> {
            List<String> lines = Files.readAllLines(out.resolve(OutputStore.EVENTS));
            Files.write(out.resolve(OutputStore.EVENTS), List.of(lines.get(0), lines.get(1), lines.get(2),
                    lines.get(4)));
        }), List.of("c"));
    }

    @Test
    void aRecordThatIsNotMadeAgainStaysMarkedDamagedAndIsNamedWithItsLine() throws IOException {
        writeAll(dir.resolve("out"));
        Files.delete(file(OutputStore.EVENTS));
        OutputStore store = OutputStore.open(JSON, dir.resolve("out"));
        store.write(doc("a", "ha", 2), events("a", "v1", 2));
        store.close();
        assertEquals(1, store.unrepaired().size(), store.unrepaired().toString());
        assertTrue(store.unrepaired().get(0).startsWith(file(OutputStore.DOCUMENTS) + ":3: the record of c"),
                store.unrepaired().get(0));
        assertTrue(Files.readAllLines(file(OutputStore.DOCUMENTS)).get(2).contains("\"damage\":"));
        try (OutputStore again = OutputStore.open(JSON, dir.resolve("out"))) {
            assertNull(again.recorded("c"), "still to be made again");
            assertNotNull(again.records().get("c"), "but not lost");
            assertEquals(List.of(), again.found(), "already said, and already written into the record");
        }
    }

    @Test
    void linesThatAreNotFiloRecordsStopTheOpenWithTheirFileAndLine() throws IOException {
        String[][] cases = {
                {OutputStore.DOCUMENTS, "garbage", ":4: this line is not JSON"},
                {OutputStore.DOCUMENTS, "{\"doc_id\":\"x\",\"foo\":1}", ":4: this line is not a Filo document record"},
                {OutputStore.DOCUMENTS, "[1,2]", ":4: this line is not a Filo document record (not a JSON object)"},
                {OutputStore.EVENTS, "{\"schema_version\":1,\"doc_id\":\"c\"}", ":6: this line is not a Filo event"},
        };
        for (String[] c : cases) {
            writeAll(dir.resolve("out"));
            Files.writeString(file(c[0]), c[1] + "\n", StandardOpenOption.APPEND);
            byte[] before = Files.readAllBytes(file(c[0]));
            IOException e = assertThrows(OutputStore.ForeignLine.class, () -> OutputStore.open(JSON, dir.resolve("out")));
            assertTrue(e.getMessage().startsWith(file(c[0]) + c[2]), e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file(c[0])), "left as it was");
            Files.delete(file(OutputStore.DOCUMENTS));
            Files.delete(file(OutputStore.EVENTS));
        }
    }

    @Test
    void aFailedWriteLeavesTheRecordsBeforeItForTheNextRun() throws IOException {
        writeAll(dir.resolve("out"));
        byte[] documents = Files.readAllBytes(file(OutputStore.DOCUMENTS));
        byte[] events = Files.readAllBytes(file(OutputStore.EVENTS));
        // A disk that fills up in the middle of the next document's event lines.
        OutputStore store = OutputStore.open(JSON, dir.resolve("out"), f -> new FilterOutputStream(
                Files.newOutputStream(f, StandardOpenOption.APPEND)) {
            @Override
            public void write(byte[] b) throws IOException {
                out.write(b, 0, b.length / 2);
                throw new IOException("No space left on device");
            }
        });
        IOException e = assertThrows(IOException.class, () -> store.write(doc("d", "hd", 2), events("d", "v1", 2)));
        assertEquals("No space left on device", e.getMessage());
        store.close();
        assertArrayEquals(documents, Files.readAllBytes(file(OutputStore.DOCUMENTS)), "nothing lost, nothing added");
        try (OutputStore next = OutputStore.open(JSON, dir.resolve("out"))) {
            assertNull(next.recorded("d"));
            assertEquals(3, next.records().size());
        }
        assertArrayEquals(events, Files.readAllBytes(file(OutputStore.EVENTS)), "the torn lines are gone");
    }
}
