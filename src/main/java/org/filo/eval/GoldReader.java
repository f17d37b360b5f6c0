package org.filo.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a gold folder: manifest.csv, timex.jsonl and events.jsonl (all three required). */
public final class GoldReader {
    private GoldReader() {
    }

    public static GoldSet read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new EvalInputException("gold folder not found: " + folder);
        }
        Set<String> docIds = readManifest(folder.resolve("manifest.csv"));
        List<GoldTimex> timexes = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(folder.resolve("timex.jsonl"))) {
            timexes.add(timex(line));
        }
        List<GoldEvent> events = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(folder.resolve("events.jsonl"))) {
            events.add(event(line));
        }
        // A document that has gold lines is a gold document even if the manifest forgot it.
        timexes.forEach(t -> docIds.add(t.docId()));
        events.forEach(e -> docIds.add(e.docId()));
        return new GoldSet(docIds, timexes, events);
    }

    /** doc_id of a manifest entry: the file's path without its extension, as records.md defines it. */
    static String docIdOf(String file) {
        String f = file.strip().replace('\\', '/');
        int slash = f.lastIndexOf('/');
        int dot = f.lastIndexOf('.');
        return dot > slash + 1 ? f.substring(0, dot) : f;
    }

    private static Set<String> readManifest(Path file) {
        JsonLines.requireFile(file);
        List<String> rows;
        try {
            rows = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EvalInputException("unreadable file: " + file + " (" + e.getMessage() + ")", e);
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i).replace("\uFEFF", "");
            if (row.isBlank()) {
                continue;
            }
            String first = row.split(",", -1)[0].strip();
            if (i == 0 && first.toLowerCase(Locale.ROOT).equals("file")) {
                continue;
            }
            if (first.isEmpty()) {
                throw new EvalInputException(file + ":" + (i + 1) + ": empty file column");
            }
            ids.add(docIdOf(first));
        }
        return ids;
    }

    private static GoldTimex timex(JsonLines.Line line) {
        JsonNode n = line.node();
        TextSpan span = new TextSpan(line.requiredInt("start"), line.requiredInt("end"),
                JsonLines.optText(n, "text"));
        return new GoldTimex(line.requiredText("doc_id"), span, JsonLines.optText(n, "type"),
                JsonLines.optText(n, "value"), JsonLines.optText(n, "mod"));
    }

    private static GoldEvent event(JsonLines.Line line) {
        JsonNode n = line.node();
        JsonNode slotsNode = n.get("participants");
        if (slotsNode == null || !slotsNode.isArray()) {
            throw new EvalInputException(line.where() + ": 'participants' must be a list of slots");
        }
        List<List<String>> slots = new ArrayList<>();
        for (JsonNode slot : slotsNode) {
            if (!slot.isArray()) {
                throw new EvalInputException(line.where() + ": each participant slot must be a list of keys");
            }
            slots.add(keys(slot));
        }
        JsonNode init = n.get("initiator");
        List<String> initiator = init == null || init.isNull() ? null
                : init.isArray() ? keys(init) : List.of(init.asText().toLowerCase(Locale.ROOT));
        String id = JsonLines.optText(n, "event");
        return new GoldEvent(line.requiredText("doc_id"), id == null ? "line " + line.number() : id,
                line.requiredText("channel"), line.requiredText("status"), slots, initiator,
                JsonLines.valueOf(n, "date"), JsonLines.valueOf(n, "duration"), JsonLines.span(n.get("evidence")));
    }

    /** Gold keys are lower-cased already; lower-casing again keeps a hand edit from breaking matches. */
    private static List<String> keys(JsonNode array) {
        List<String> keys = new ArrayList<>();
        array.forEach(k -> keys.add(k.asText().strip().toLowerCase(Locale.ROOT)));
        return keys;
    }
}
