package org.filo.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filo.dataset.Records.Doc;
import org.filo.dataset.Records.DocRecords;
import org.filo.dataset.Records.Mention;
import org.filo.dataset.Records.Participant;
import org.filo.dataset.Records.Problem;

/** Reads one extract output folder (documents.jsonl + events.jsonl); bad lines become problems, not failures. */
final class RecordReader {
    static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordReader() {
    }

    /** Result of reading: the documents by id, in file order, and what could not be read. */
    record Loaded(Map<String, DocRecords> docs, List<Problem> problems) {
    }

    static Loaded read(Path folder) throws IOException {
        List<Problem> problems = new ArrayList<>();
        Path docsFile = folder.resolve("documents.jsonl");
        Path eventsFile = folder.resolve("events.jsonl");
        if (!Files.isRegularFile(docsFile) || !Files.isRegularFile(eventsFile)) {
            problems.add(new Problem(folder.toString(), 0,
                    "not an extract output folder (needs documents.jsonl and events.jsonl)"));
            return new Loaded(Map.of(), problems);
        }
        Map<String, Doc> docs = new java.util.LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        forEachLine(docsFile, problems, (node, line) -> {
            Doc doc = doc(node);
            texts.put(doc.docId(), node.path("text").asText(""));
            docs.put(doc.docId(), doc);
        });
        Map<String, List<Mention>> mentions = new HashMap<>();
        forEachLine(eventsFile, problems, (node, line) -> {
            String docId = node.path("doc_id").asText();
            Doc doc = docs.get(docId);
            if (doc == null) {
                problems.add(new Problem(eventsFile.toString(), line, "event of unknown document " + docId));
                return;
            }
            mentions.computeIfAbsent(docId, k -> new ArrayList<>()).add(mention(node, texts.get(docId), doc.published()));
        });
        Map<String, DocRecords> out = new java.util.LinkedHashMap<>();
        docs.forEach((id, d) -> out.put(id, new DocRecords(d, List.copyOf(mentions.getOrDefault(id, List.of())))));
        return new Loaded(out, problems);
    }

    private interface LineHandler {
        void accept(JsonNode node, long line);
    }

    private static void forEachLine(Path file, List<Problem> problems, LineHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    problems.add(new Problem(file.toString(), n, "damaged JSON line: " + e.getOriginalMessage()));
                    continue;
                }
                int version = node.path("schema_version").asInt(-1);
                if (version != SCHEMA_VERSION) {
                    problems.add(new Problem(file.toString(), n, "schema_version " + node.path("schema_version")
                            + ", this dataset reads " + SCHEMA_VERSION + "; line skipped"));
                    continue;
                }
                if (!node.hasNonNull("doc_id")) {
                    problems.add(new Problem(file.toString(), n, "record without doc_id"));
                    continue;
                }
                handler.accept(node, n);
            }
        }
    }

    static Doc doc(JsonNode n) {
        ObjectNode kept = n.deepCopy();
        kept.remove(List.of("text", "entities", "timexes", "content_spans"));
        String url = text(n, "url");
        String source = text(n, "source");
        return new Doc(n.path("doc_id").asText(), source, url, text(n, "title"), site(url, source),
                text(n.path("dct"), "value"), text(n.path("dct"), "source"), text(n, "status"), text(n, "sha256"),
                n.path("event_count").asInt(0), text(n, "pipeline"), kept.toString());
    }

    /** From a stored event line: its sentence text was saved beside it, as the document text is not kept. */
    static Mention mention(JsonNode n, String docText, String published) {
        JsonNode first = n.path("mentions").path(0);
        String sentence = n.hasNonNull("sentence_text") ? n.get("sentence_text").asText()
                : slice(docText, first.path("sentence"));
        ObjectNode kept = n.deepCopy();
        kept.put("sentence_text", sentence);
        List<Participant> participants = new ArrayList<>();
        for (JsonNode p : n.path("participants")) {
            participants.add(new Participant(text(p, "actor"), text(p, "kind"), text(p, "name"), text(p, "country"),
                    text(p, "role")));
        }
        return new Mention(n.path("event_id").asText(), n.path("doc_id").asText(), text(n, "channel"),
                text(n, "status"), text(n.path("date"), "value"), text(n.path("date"), "source"),
                text(n.path("duration"), "value"), text(n, "initiator"), List.copyOf(participants),
                text(first.path("trigger"), "text"), sentence, n.path("confidence").asDouble(0), published,
                kept.toString());
    }

    /** Offsets count code points (annotation guidelines), so slice by code point, not by char. */
    private static String slice(String text, JsonNode span) {
        if (text == null || !span.has("start") || !span.has("end")) {
            return null;
        }
        int cps = text.codePointCount(0, text.length());
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        if (start < 0 || end > cps || start > end) {
            return null;
        }
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    /** The publisher: the URL's host without "www."; without a URL, the source's nearest folder not named by a date. */
    static String site(String url, String source) {
        if (url != null) {
            try {
                String host = URI.create(url).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall back to the path
            }
        }
        if (source == null) {
            return null;
        }
        // Batches are often filed by day (syria/2016-03-16/ext_66): the publisher folder is above the dates.
        for (Path dir = Path.of(source).getParent(); dir != null; dir = dir.getParent()) {
            Path name = dir.getFileName();
            if (name != null && !name.toString().matches("\\d{4}(-\\d{2}){0,2}|\\.{1,2}")) {
                return name.toString();
            }
        }
        return "local";
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
