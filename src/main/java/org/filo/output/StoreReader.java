package org.filo.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an output folder's two files and pairs each document line with its event lines, checking both as it
 * goes. Event lines are written just before their document line by a single writer, so events.jsonl is, in
 * document-line order, each document's {@code event_count} lines, all carrying its doc_id. A document whose
 * lines are not there (events.jsonl truncated, deleted, edited) is damaged: it is kept with the events that are
 * there, its count set to them and a {@code damage} sentence, so that its record is not lost and the files
 * stay paired. A line that is not a Filo record at all cannot be placed: reading stops with its file and line.
 */
final class StoreReader {
    static final String DAMAGE = "damage";

    /** One document line (as it is to be written back) and its event lines; {@code damage} null when whole. */
    record Entry(ObjectNode document, List<JsonNode> events, int line, String damage) {
        String docId() {
            return document.get("doc_id").asText();
        }
    }

    /**
     * @param entries    in document-line order
     * @param strayLines event lines no document line accounts for (a run stopped mid-document leaves them)
     * @param fresh      damage found now, as opposed to damage an earlier check already wrote into a record
     */
    record Contents(List<Entry> entries, int strayLines, List<Entry> fresh) {
    }

    private record Line(int number, JsonNode node) {
    }

    private final ObjectMapper json;

    StoreReader(ObjectMapper json) {
        this.json = json;
    }

    Contents read(Path documents, Path events) throws IOException {
        List<Line> docs = lines(documents, true);
        List<Line> evs = lines(events, false);
        Map<String, Integer> later = new HashMap<>();
        for (Line d : docs) {
            later.merge(d.node().get("doc_id").asText(), 1, Integer::sum);
        }
        List<Entry> entries = new ArrayList<>(docs.size());
        List<Entry> fresh = new ArrayList<>();
        int p = 0;
        int stray = 0;
        for (Line d : docs) {
            String id = d.node().get("doc_id").asText();
            later.merge(id, -1, Integer::sum);
            // lines of a document with no line from here on: left by a document in flight, or a removed line
            while (p < evs.size() && !docId(evs.get(p)).equals(id) && later.getOrDefault(docId(evs.get(p)), 0) <= 0) {
                p++;
                stray++;
            }
            int n = d.node().get(OutputStore.EVENT_COUNT).asInt();
            int k = 0;
            while (p + k < evs.size() && k < n && docId(evs.get(p + k)).equals(id)) {
                k++;
            }
            List<JsonNode> own = new ArrayList<>(k);
            for (int i = p; i < p + k; i++) {
                own.add(evs.get(i).node());
            }
            p += k;
            ObjectNode document = (ObjectNode) d.node();
            if (k < n) {
                String damage = events.getFileName() + " held " + k + " of the " + n + " event lines of this record";
                document = document.deepCopy();
                document.put(OutputStore.EVENT_COUNT, k);
                document.put(DAMAGE, damage);
                Entry e = new Entry(document, own, d.number(), damage);
                fresh.add(e);
                entries.add(e);
            } else {
                entries.add(new Entry(document, own, d.number(), document.path(DAMAGE).asText(null)));
            }
        }
        stray += evs.size() - p;
        return new Contents(entries, stray, fresh);
    }

    private static String docId(Line event) {
        return event.node().get("doc_id").asText();
    }

    /** Every line of a file, parsed and checked (the store cuts a torn last line before it reads). */
    private List<Line> lines(Path file, boolean documents) throws IOException {
        List<Line> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line; (line = in.readLine()) != null; ) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = json.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new OutputStore.ForeignLine(file, number, "this line is not JSON ("
                            + e.getOriginalMessage().replaceAll("\\s+", " ") + ")");
                }
                String fault = documents ? documentFault(node) : eventFault(node);
                if (fault != null) {
                    throw new OutputStore.ForeignLine(file, number, "this line is not a Filo " + (documents ? "document" : "event")
                            + " record (" + fault + ")");
                }
                out.add(new Line(number, node));
            }
        }
        return out;
    }

    private static String documentFault(JsonNode n) {
        String common = commonFault(n);
        if (common != null) {
            return common;
        }
        JsonNode count = n.get(OutputStore.EVENT_COUNT);
        if (count == null || !count.canConvertToInt() || !count.isIntegralNumber() || count.asInt() < 0) {
            return "no event_count";
        }
        return n.path("status").isTextual() ? null : "no status";
    }

    private static String eventFault(JsonNode n) {
        String common = commonFault(n);
        return common != null ? common : n.path("event_id").isTextual() ? null : "no event_id";
    }

    private static String commonFault(JsonNode n) {
        if (!n.isObject()) {
            return "not a JSON object";
        }
        if (n.path("schema_version").asInt(-1) != 1 || !n.path("schema_version").isIntegralNumber()) {
            return "no schema_version 1";
        }
        JsonNode id = n.get("doc_id");
        return id == null || !id.isTextual() || id.asText().isEmpty() ? "no doc_id" : null;
    }
}
