package org.filo.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static ObjectNode doc(String id, String sha, int events) {
        ObjectNode d = JSON.createObjectNode();
        d.put("schema_version", 1);
        d.put("doc_id", id);
        d.put("status", "OK");
        d.put("sha256", sha);
        d.put(OutputStore.EVENT_COUNT, events);
        d.put(OutputStore.PIPELINE, "p1");
        return d;
    }

    static List<ObjectNode> events(String id, String version, int n) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ObjectNode e = JSON.createObjectNode();
            e.put("schema_version", 1);
            e.put("doc_id", id);
            e.put("event_id", id + "#E" + i + "/" + version);
            out.add(e);
        }
        return out;
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void closeSortsByDocIdAndKeepsEventsWithTheirDocument() throws IOException {
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            store.write(doc("b", "h2", 1), events("b", "v1", 1));
            store.write(doc("a", "h1", 2), events("a", "v1", 2));
        }
        assertEquals(List.of("a", "b"), lines(OutputStore.DOCUMENTS).stream().map(l -> field(l, "doc_id")).toList());
        assertEquals(List.of("a#E1/v1", "a#E2/v1", "b#E1/v1"),
                lines(OutputStore.EVENTS).stream().map(l -> field(l, "event_id")).toList());
    }

    @Test
    void aChangedDocumentReplacesItsEarlierRecordsAndEvents() throws IOException {
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            store.write(doc("a", "old", 2), events("a", "v1", 2));
            store.write(doc("b", "hb", 1), events("b", "v1", 1));
        }
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            assertEquals("old", store.recorded("a").sha256());
            store.write(doc("a", "new", 1), events("a", "v2", 1));
        }
        assertEquals(2, lines(OutputStore.DOCUMENTS).size());
        assertEquals("new", field(lines(OutputStore.DOCUMENTS).get(0), "sha256"));
        assertEquals(List.of("a#E1/v2", "b#E1/v1"),
                lines(OutputStore.EVENTS).stream().map(l -> field(l, "event_id")).toList());
    }

    @Test
    void aTornLastLineAndTheEventsOfAnUncommittedDocumentAreDroppedOnOpen() throws IOException {
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            store.write(doc("a", "ha", 1), events("a", "v1", 1));
        }
        // A kill while writing document "b": its events made it to disk, its document line only in part.
        Files.writeString(dir.resolve(OutputStore.EVENTS), JSON.writeValueAsString(events("b", "v1", 1).get(0))
                + "\n{\"doc_id\":\"b\",\"ev", StandardOpenOption.APPEND);
        Files.writeString(dir.resolve(OutputStore.DOCUMENTS), "{\"doc_id\":\"b\",\"sha", StandardOpenOption.APPEND);
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            assertNull(store.recorded("b"));
            assertEquals("ha", store.recorded("a").sha256());
            store.write(doc("b", "hb", 0), List.of());
        }
        assertEquals(2, lines(OutputStore.DOCUMENTS).size());
        assertEquals(List.of("a#E1/v1"), lines(OutputStore.EVENTS).stream().map(l -> field(l, "event_id")).toList());
    }

    @Test
    void theRecordSaysWhichInputAndWhichPipelineMadeIt() throws IOException {
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            store.write(doc("a", "ha", 0), List.of());
            assertEquals(new OutputStore.Recorded("ha", "p1", null, null, null, null), store.recorded("a"));
        }
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            assertEquals(new OutputStore.Recorded("ha", "p1", null, null, null, null), store.recorded("a"));
        }
    }

    @Test
    void aRunThatWritesNothingLeavesCompactedFilesAlone() throws IOException {
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            store.write(doc("a", "ha", 1), events("a", "v1", 1));
        }
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(dir.resolve(OutputStore.DOCUMENTS), old);
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            assertEquals("ha", store.recorded("a").sha256());
        }
        assertEquals(old, Files.getLastModifiedTime(dir.resolve(OutputStore.DOCUMENTS)));
    }

    @Test
    void filesLeftOutOfOrderAreSortedEvenWhenNothingIsWritten() throws IOException {
        // What a killed run leaves: lines appended after the last compaction, out of doc_id order.
        Files.writeString(dir.resolve(OutputStore.DOCUMENTS), JSON.writeValueAsString(doc("b", "hb", 0)) + "\n"
                + JSON.writeValueAsString(doc("a", "ha", 0)) + "\n");
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            assertEquals("hb", store.recorded("b").sha256());
        }
        assertEquals(List.of("a", "b"), lines(OutputStore.DOCUMENTS).stream().map(l -> field(l, "doc_id")).toList());
    }

    @Test
    void anInterruptedCompactionIsFinishedOnOpen() throws IOException {
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            store.write(doc("a", "ha", 0), List.of());
        }
        // A kill after both temporary files were complete and marked, before they were moved into place.
        Files.writeString(dir.resolve(OutputStore.DOCUMENTS + ".tmp"),
                JSON.writeValueAsString(doc("z", "hz", 0)) + "\n");
        Files.writeString(dir.resolve(OutputStore.EVENTS + ".tmp"), "");
        Files.createFile(dir.resolve(".compacted"));
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            assertEquals("hz", store.recorded("z").sha256());
            assertNull(store.recorded("a"));
        }
        assertFalse(Files.exists(dir.resolve(".compacted")));
    }

    @Test
    void anUnmarkedTemporaryFileIsIgnored() throws IOException {
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            store.write(doc("a", "ha", 0), List.of());
        }
        Files.writeString(dir.resolve(OutputStore.DOCUMENTS + ".tmp"), "{\"doc_id\":\"half");
        try (OutputStore store = OutputStore.open(JSON, dir)) {
            assertEquals("ha", store.recorded("a").sha256());
        }
        assertFalse(Files.exists(dir.resolve(OutputStore.DOCUMENTS + ".tmp")));
    }

    static String field(String line, String field) {
        try {
            return JSON.readTree(line).get(field).asText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
