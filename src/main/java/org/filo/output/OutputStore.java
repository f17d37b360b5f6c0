package org.filo.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The output folder: documents.jsonl and events.jsonl, appended one document at a time so that a run killed
 * at any moment loses at most the document in flight. A document's event lines are written before its
 * document line; the document line is the commit mark. Opening a folder repairs what a kill left: a torn
 * last line is cut off and event lines of uncommitted documents are dropped. {@link #close()} rewrites both
 * files in doc_id order so that every run over the same inputs gives byte-identical files.
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
    /** True while the files are as {@link #compact()} would write them: nothing written, ids ascending. */
    private boolean compacted = true;
    private BufferedWriter documents;
    private BufferedWriter events;

    private OutputStore(ObjectMapper json, Path dir) {
        this.json = json;
        this.dir = dir;
    }

    /** Opens (creating if needed) an output folder and repairs what an interrupted run left behind. */
    public static OutputStore open(ObjectMapper json, Path dir) throws IOException {
        Files.createDirectories(dir);
        OutputStore store = new OutputStore(json, dir);
        store.recover();
        store.documents = append(dir.resolve(DOCUMENTS));
        store.events = append(dir.resolve(EVENTS));
        return store;
    }

    /**
     * What the folder's record of a document was made from: the input's hash, the pipeline and options, where
     * the file was given, and the publication date with where it came from (null when unknown).
     */
    public record Recorded(String sha256, String pipeline, String source, String dctValue, String dctSource) {
    }

    /** The input hash and pipeline fingerprint recorded for a document id, or null when there is no record. */
    public Recorded recorded(String docId) {
        return committed.get(docId);
    }

    /** Writes one document's records; replaces the earlier records of the same doc_id, if any. */
    public void write(ObjectNode document, List<ObjectNode> documentEvents) throws IOException {
        String docId = document.get("doc_id").asText();
        for (ObjectNode e : documentEvents) {
            events.write(json.writeValueAsString(e));
            events.write('\n');
        }
        events.flush();
        documents.write(json.writeValueAsString(document));
        documents.write('\n');
        documents.flush();
        committed.put(docId, recordedOf(document));
        compacted = false;
    }

    /**
     * Flushes and rewrites both files in doc_id order, keeping only the latest records of each document;
     * a run that wrote nothing over files already in that order leaves them alone.
     */
    @Override
    public void close() throws IOException {
        documents.close();
        events.close();
        if (!compacted) {
            compact();
        }
    }

    private static Recorded recordedOf(JsonNode document) {
        return new Recorded(document.path("sha256").asText(null), document.path(PIPELINE).asText(null),
                document.path("source").asText(null), document.at("/dct/value").asText(null),
                document.at("/dct/source").asText(null));
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
        Path docs = dir.resolve(DOCUMENTS);
        Path evs = dir.resolve(EVENTS);
        cutTornLine(docs);
        cutTornLine(evs);
        long eventLines = 0;
        String previous = null;
        for (JsonNode d : readLines(docs)) {
            String id = d.get("doc_id").asText();
            if (previous != null && previous.compareTo(id) >= 0) {
                compacted = false; // a killed run's appends, or a replaced document's second line
            }
            previous = id;
            committed.put(id, recordedOf(d));
            eventLines += d.path(EVENT_COUNT).asLong();
        }
        keepFirstLines(evs, eventLines);
    }

    /**
     * Keeps the last document line of each doc_id with its events, sorted by doc_id. Event lines are written
     * just before their document line by a single writer, so the events file is the concatenation, in
     * document-line order, of each line's {@code event_count} events.
     */
    private void compact() throws IOException {
        List<JsonNode> docs = readLines(dir.resolve(DOCUMENTS));
        List<JsonNode> events = readLines(dir.resolve(EVENTS));
        Map<String, JsonNode> lastDoc = new HashMap<>();
        Map<String, List<JsonNode>> eventsOf = new HashMap<>();
        int next = 0;
        for (JsonNode d : docs) {
            String id = d.get("doc_id").asText();
            int n = d.path(EVENT_COUNT).asInt();
            if (next + n > events.size()) {
                throw new IOException(dir.resolve(EVENTS) + " has fewer lines than " + DOCUMENTS + " counts");
            }
            lastDoc.put(id, d);
            eventsOf.put(id, events.subList(next, next + n));
            next += n;
        }
        List<String> ids = new ArrayList<>(lastDoc.keySet());
        ids.sort(Comparator.naturalOrder());
        Path docsTmp = dir.resolve(DOCUMENTS + ".tmp");
        Path evTmp = dir.resolve(EVENTS + ".tmp");
        try (BufferedWriter d = Files.newBufferedWriter(docsTmp, StandardCharsets.UTF_8);
             BufferedWriter e = Files.newBufferedWriter(evTmp, StandardCharsets.UTF_8)) {
            for (String id : ids) {
                d.write(json.writeValueAsString(lastDoc.get(id)));
                d.write('\n');
                for (JsonNode ev : eventsOf.get(id)) {
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

    private List<JsonNode> readLines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    /** Drops event lines beyond those the committed document lines account for (a document in flight). */
    private static void keepFirstLines(Path file, long lines) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long seen = 0;
            long pos = 0;
            long length = raf.length();
            byte[] buffer = new byte[1 << 16];
            while (pos < length && seen < lines) {
                raf.seek(pos);
                int n = raf.read(buffer, 0, (int) Math.min(buffer.length, length - pos));
                for (int i = 0; i < n && seen < lines; i++) {
                    if (buffer[i] == '\n') {
                        seen++;
                        if (seen == lines) {
                            pos += i + 1;
                            raf.setLength(pos);
                            return;
                        }
                    }
                }
                pos += n;
            }
            if (lines == 0) {
                raf.setLength(0);
            }
        }
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

    private static BufferedWriter append(Path file) throws IOException {
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
