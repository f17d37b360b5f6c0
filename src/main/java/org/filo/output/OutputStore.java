package org.filo.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The output folder: documents.jsonl and events.jsonl, appended one document at a time so that a run killed
 * at any moment loses at most the document in flight. A document's event lines are written before its
 * document line; the document line is the commit mark. Opening a folder checks it and repairs what it can: a
 * torn last line is cut off, event lines of uncommitted documents are dropped, and a record whose events are
 * not all there is marked damaged ({@link StoreReader}) so that the run makes it again; {@link #found()} says
 * what was done. A line that is not a Filo record stops the open with its file and line. {@link #close()}
 * rewrites both files in doc_id order so that every run over the same inputs gives byte-identical files.
 */
public final class OutputStore implements AutoCloseable {
    public static final String DOCUMENTS = "documents.jsonl";
    public static final String EVENTS = "events.jsonl";
    static final String EVENT_COUNT = "event_count";
    static final String PIPELINE = "pipeline";
    private static final String COMPACTED = ".compacted";

    private final ObjectMapper json;
    private final Path dir;
    private final Map<String, Recorded> committed = new HashMap<>();
    /** Records whose events are not all in events.jsonl, until this run writes them again. */
    private final Map<String, StoreReader.Entry> damaged = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final List<String> found = new ArrayList<>();
    private final List<String> unrepaired = new ArrayList<>();
    /** A write failed (a full disk): what is on disk stays as it is for the next run to repair. */
    private boolean broken;
    /** True while the files are as {@link #compact} would write them: nothing written, ids ascending. */
    private boolean compacted = true;
    private OutputStream documents;
    private OutputStream events;

    private OutputStore(ObjectMapper json, Path dir) {
        this.json = json;
        this.dir = dir;
    }

    /** Opens (creating if needed) an output folder and repairs what an interrupted run left behind. */
    public static OutputStore open(ObjectMapper json, Path dir) throws IOException {
        return open(json, dir, OutputStore::append);
    }

    /** How the two files are opened for appending: tests stand a full disk in for the file system. */
    interface Appender {
        OutputStream open(Path file) throws IOException;
    }

    static OutputStore open(ObjectMapper json, Path dir, Appender appender) throws IOException {
        Files.createDirectories(dir);
        OutputStore store = new OutputStore(json, dir);
        store.recover();
        store.documents = appender.open(dir.resolve(DOCUMENTS));
        store.events = appender.open(dir.resolve(EVENTS));
        return store;
    }

    /** A line that is not a Filo record: the store cannot say whose it is, so opening the folder stops. */
    public static final class ForeignLine extends IOException {
        ForeignLine(Path file, int line, String what) {
            super(file + ":" + line + ": " + what + "; Filo writes this file itself and cannot tell which record"
                    + " this line was: move the line out of the file (or delete it) and run again");
        }
    }

    /**
     * What the folder's record of a document was made from: the input's hash, the pipeline and options, where
     * the file was given, the publication date with where it came from (null when unknown), and the URL.
     */
    public record Recorded(String sha256, String pipeline, String source, String dctValue, String dctSource,
                           String url) {
    }

    /**
     * What the record of a document id was made from, or null when there is no record or a damaged one (which
     * is to be made again).
     */
    public Recorded recorded(String docId) {
        return committed.get(docId);
    }

    /** Every record of the folder, damaged ones included, by doc_id. */
    public Map<String, Recorded> records() {
        Map<String, Recorded> all = new TreeMap<>(committed);
        damaged.forEach((id, e) -> all.put(id, recordedOf(e.document())));
        return all;
    }

    /** What opening the folder found wrong and did about it, one sentence each (empty for a sound folder). */
    public List<String> found() {
        return List.copyOf(found);
    }

    /**
     * After {@link #close()}: the damaged records this run did not make again (their files were not among its
     * inputs), one sentence each with the file and line of the record.
     */
    public List<String> unrepaired() {
        return List.copyOf(unrepaired);
    }

    /** Drops a document's record (its file is gone); the files lose it when they are rewritten at close. */
    public void remove(String docId) {
        if (committed.remove(docId) != null | damaged.remove(docId) != null) {
            removed.add(docId);
            compacted = false;
        }
    }

    /** Writes one document's records; replaces the earlier records of the same doc_id, if any. */
    public void write(ObjectNode document, List<ObjectNode> documentEvents) throws IOException {
        String docId = document.get("doc_id").asText();
        StringBuilder lines = new StringBuilder();
        for (ObjectNode e : documentEvents) {
            lines.append(json.writeValueAsString(e)).append('\n');
        }
        byte[] documentLine = (json.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
        try { // unbuffered: a failed write leaves nothing behind to be flushed later after a partial line
            events.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            documents.write(documentLine);
        } catch (IOException e) {
            broken = true;
            throw e;
        }
        committed.put(docId, recordedOf(document));
        damaged.remove(docId);
        removed.remove(docId);
        compacted = false;
    }

    /**
     * Flushes and rewrites both files in doc_id order, keeping only the latest records of each document;
     * a run that wrote nothing over files already in that order leaves them alone.
     */
    @Override
    public void close() throws IOException {
        if (broken) {
            // Leave the files as the failed write left them: the next open cuts a torn line and goes on from
            // the records before it.
            closeQuietly(documents);
            closeQuietly(events);
            return;
        }
        documents.close();
        events.close();
        if (!compacted) {
            compact(new StoreReader(json).read(dir.resolve(DOCUMENTS), dir.resolve(EVENTS)));
        }
        List<String> ids = new ArrayList<>(records().keySet()); // the order compact() writes
        for (StoreReader.Entry e : new TreeMap<>(damaged).values()) {
            unrepaired.add(dir.resolve(DOCUMENTS) + ":" + (ids.indexOf(e.docId()) + 1) + ": the record of "
                    + e.docId() + " (" + e.document().path("source").asText() + ") is damaged: " + e.damage()
                    + ", and its file was not part of this run; run extract again with it to restore the record.");
        }
    }

    private static void closeQuietly(OutputStream w) {
        try {
            w.close();
        } catch (IOException ignored) {
            // the write that failed first is the error the user hears of
        }
    }

    private static Recorded recordedOf(JsonNode document) {
        return new Recorded(document.path("sha256").asText(null), document.path(PIPELINE).asText(null),
                document.path("source").asText(null), document.at("/dct/value").asText(null),
                document.at("/dct/source").asText(null), document.path("url").asText(null));
    }

    private void finishCompaction() throws IOException {
        for (String name : List.of(EVENTS, DOCUMENTS)) {
            Path tmp = dir.resolve(name + ".tmp");
            if (Files.exists(tmp)) {
                Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.delete(dir.resolve(COMPACTED));
    }

    private void recover() throws IOException {
        if (Files.exists(dir.resolve(COMPACTED))) {
            finishCompaction();
        }
        Files.deleteIfExists(dir.resolve(DOCUMENTS + ".tmp"));
        Files.deleteIfExists(dir.resolve(EVENTS + ".tmp"));
        cutTornLine(dir.resolve(DOCUMENTS));
        cutTornLine(dir.resolve(EVENTS));
        StoreReader.Contents contents = new StoreReader(json).read(dir.resolve(DOCUMENTS), dir.resolve(EVENTS));
        String previous = null;
        for (StoreReader.Entry e : contents.entries()) {
            String id = e.docId();
            if (previous != null && previous.compareTo(id) >= 0) {
                compacted = false; // a killed run's appends, or a replaced document's second line
            }
            previous = id;
            if (e.damage() == null) {
                committed.put(id, recordedOf(e.document()));
                damaged.remove(id);
            } else {
                damaged.put(id, e);
                committed.remove(id);
            }
        }
        for (StoreReader.Entry e : contents.fresh()) {
            found.add(dir.resolve(DOCUMENTS) + ":" + e.line() + ": the record of " + e.docId() + " is damaged: "
                    + e.damage() + "; it is made again if its file is part of this run.");
        }
        if (contents.strayLines() > 0 || !contents.fresh().isEmpty()) {
            if (contents.strayLines() > 0) {
                found.add(dir.resolve(EVENTS) + ": " + contents.strayLines() + " event line(s) that no document"
                        + " record accounts for were dropped (a run stopped in the middle of a document leaves them).");
            }
            // Appends must find the two files paired again: rewrite them now, damaged records marked as such.
            compact(contents);
            compacted = true;
        }
    }

    /**
     * Keeps the last document line of each doc_id with its events, sorted by doc_id, leaving out removed
     * records. The reader pairs each document line with its events (see {@link StoreReader}).
     */
    private void compact(StoreReader.Contents contents) throws IOException {
        Map<String, StoreReader.Entry> last = new HashMap<>();
        for (StoreReader.Entry e : contents.entries()) {
            if (!removed.contains(e.docId())) {
                last.put(e.docId(), e);
            }
        }
        List<String> ids = new ArrayList<>(last.keySet());
        ids.sort(Comparator.naturalOrder());
        Path docsTmp = dir.resolve(DOCUMENTS + ".tmp");
        Path evTmp = dir.resolve(EVENTS + ".tmp");
        try (BufferedWriter d = Files.newBufferedWriter(docsTmp, StandardCharsets.UTF_8);
             BufferedWriter e = Files.newBufferedWriter(evTmp, StandardCharsets.UTF_8)) {
            for (String id : ids) {
                d.write(json.writeValueAsString(last.get(id).document()));
                d.write('\n');
                for (JsonNode ev : last.get(id).events()) {
                    e.write(json.writeValueAsString(ev));
                    e.write('\n');
                }
            }
        }
        // The two files must change together: a marker says both temporary files are complete, and an open
        // that finds it finishes the moves a kill interrupted.
        Files.createFile(dir.resolve(COMPACTED));
        finishCompaction();
    }

    /** A kill during a write leaves a last line without its newline: cut it. */
    static void cutTornLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long end = raf.length();
            long keep = end;
            while (keep > 0) {
                raf.seek(keep - 1);
                if (raf.read() == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < end) {
                raf.setLength(keep);
            }
        }
    }

    private static OutputStream append(Path file) throws IOException {
        return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
