package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filo.ingest.SourceFile;
import org.filo.output.OutputStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which records belong to files that are gone (issue 16 item 4); each row is one situation between two runs. */
class GoneFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private ObjectNode record(String id, Path source, String sha) {
        ObjectNode d = JSON.createObjectNode();
        d.put("schema_version", 1);
        d.put("doc_id", id);
        d.put("source", source.toString());
        d.put("sha256", sha);
        d.put("status", "OK");
        d.put("event_count", 0);
        d.put("pipeline", "p");
        return d;
    }

    /**
     * Records a/x (bytes h1) and b/y (bytes h2), from folders a and b; then the files of the second run are
     * {@code now} (id, path, bytes) with input folders {@code inputs}: returns the ids removed.
     */
    private List<String> removed(List<Path> inputs, String[]... now) throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        try (OutputStore store = OutputStore.open(JSON, tmp.resolve("out"))) {
            store.write(record("x", a.resolve("x.txt"), "h1"), List.of());
            store.write(record("y", b.resolve("y.txt"), "h2"), List.of());
            for (String[] f : now) {
                Path p = tmp.resolve(f[1]);
                if (!Files.exists(p)) {
                    Files.writeString(p, f[2]);
                }
                store.write(record(f[0], p, f[2]), List.of());
            }
            List<SourceFile> files = java.util.Arrays.stream(now)
                    .map(f -> new SourceFile(tmp.resolve(f[1]), f[0], tmp.resolve(f[1]).toString(), null, null, null))
                    .toList();
            List<String> gone = GoneFiles.remove(store, inputs, files);
            for (String id : gone) {
                assertEquals(null, store.records().get(id), id);
            }
            return gone;
        }
    }

    @Test
    void aFileDeletedFromAFolderOfTheRunLosesItsRecord() throws IOException {
        assertEquals(List.of("x"), removed(List.of(tmp.resolve("a"))));
    }

    @Test
    void aFileRenamedInAFolderOfTheRunKeepsOneRecordUnderItsNewName() throws IOException {
        assertEquals(List.of("x"), removed(List.of(tmp.resolve("a")), new String[]{"z", "a/z.txt", "h1"}));
    }

    @Test
    void aFileMovedOutOfItsFolderIntoTheRunKeepsOneRecordUnderItsNewPath() throws IOException {
        Files.createDirectories(tmp.resolve("c"));
        assertEquals(List.of("x"), removed(List.of(tmp.resolve("c")), new String[]{"x2", "c/x.txt", "h1"}));
    }

    @Test
    void recordsOfFoldersNotInTheRunStay() throws IOException {
        Files.writeString(Files.createDirectories(tmp.resolve("a")).resolve("x.txt"), "h1");
        assertEquals(List.of(), removed(List.of(tmp.resolve("b")), new String[]{"y", "b/y.txt", "h2"}));
    }

    @Test
    void aCopyOfAFileThatIsStillThereIsAFileOfItsOwn() throws IOException {
        Files.writeString(Files.createDirectories(tmp.resolve("a")).resolve("x.txt"), "h1");
        Files.createDirectories(tmp.resolve("c"));
        assertEquals(List.of(), removed(List.of(tmp.resolve("c")), new String[]{"x2", "c/x.txt", "h1"}));
    }

    @Test
    void aRecordFromAnotherWorkingFolderIsNotTakenForAMovedFile() throws IOException {
        // the record's folder does not exist from here: its path cannot be checked, so the record stays
        Path elsewhere = tmp.resolve("gone-folder").resolve("x.txt");
        try (OutputStore store = OutputStore.open(JSON, tmp.resolve("out"))) {
            store.write(record("x", elsewhere, "h1"), List.of());
            Path c = Files.createDirectories(tmp.resolve("c"));
            Files.writeString(c.resolve("x.txt"), "h1");
            store.write(record("x2", c.resolve("x.txt"), "h1"), List.of());
            assertEquals(List.of(), GoneFiles.remove(store, List.of(c),
                    List.of(new SourceFile(c.resolve("x.txt"), "x2", c.resolve("x.txt").toString(), null, null, null))));
        }
    }
}
