package org.filo.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an output folder written by {@code extract}: documents.jsonl and events.jsonl (both required). */
public final class SystemReader {
    private SystemReader() {
    }

    public static SystemOutput read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new EvalInputException("output folder not found: " + folder);
        }
        List<String> warnings = new ArrayList<>();
        Map<String, SystemDocument> documents = new LinkedHashMap<>();
        for (JsonLines.Line line : JsonLines.read(folder.resolve("documents.jsonl"))) {
            SystemDocument doc = document(line);
            if (documents.put(doc.docId(), doc) != null) {
                warnings.add(line.where() + ": doc_id " + doc.docId() + " appears again; the last line is scored");
            }
        }
        List<SystemEvent> events = new ArrayList<>();
        for (JsonLines.Line line : JsonLines.read(folder.resolve("events.jsonl"))) {
            events.add(event(line));
        }
        return new SystemOutput(documents, events, warnings);
    }

    private static SystemDocument document(JsonLines.Line line) {
        JsonNode n = line.node();
        String docId = line.requiredText("doc_id");
        Map<String, SystemParticipant> actors = new LinkedHashMap<>();
        for (JsonNode a : n.path("actors")) {
            SystemParticipant actor = new SystemParticipant(JsonLines.optText(a, "id"), JsonLines.optText(a, "kind"),
                    JsonLines.optText(a, "name"), JsonLines.optText(a, "country"));
            if (actor.actorId() != null) {
                actors.put(actor.actorId(), actor);
            }
        }
        String text = JsonLines.optText(n, "text");
        List<SystemTimex> timexes = new ArrayList<>();
        for (JsonNode t : n.path("timexes")) {
            TextSpan span = JsonLines.span(t);
            if (span == null) {
                throw new EvalInputException(line.where() + ": a timex lacks integer 'start'/'end'");
            }
            // What the offsets point at, rather than the text the output claims: shows offset bugs.
            String pointed = SentenceText.slice(text, span);
            if (pointed != null) {
                span = new TextSpan(span.start(), span.end(), pointed);
            }
            timexes.add(new SystemTimex(docId, JsonLines.optText(t, "id"), span, JsonLines.optText(t, "type"),
                    JsonLines.optText(t, "value"), JsonLines.optText(t, "mod")));
        }
        return new SystemDocument(docId, JsonLines.optText(n, "status"), text, actors, timexes);
    }

    private static SystemEvent event(JsonLines.Line line) {
        JsonNode n = line.node();
        List<SystemParticipant> participants = new ArrayList<>();
        for (JsonNode p : n.path("participants")) {
            participants.add(new SystemParticipant(JsonLines.optText(p, "actor"), JsonLines.optText(p, "kind"),
                    JsonLines.optText(p, "name"), JsonLines.optText(p, "country")));
        }
        List<SystemEvent.Mention> mentions = new ArrayList<>();
        for (JsonNode m : n.path("mentions")) {
            mentions.add(new SystemEvent.Mention(JsonLines.span(m.get("trigger")), JsonLines.span(m.get("sentence"))));
        }
        String id = JsonLines.optText(n, "event_id");
        return new SystemEvent(line.requiredText("doc_id"), id == null ? "line " + line.number() : id,
                line.requiredText("channel"), JsonLines.optText(n, "status"), participants,
                JsonLines.optText(n, "initiator"), JsonLines.valueOf(n, "date"), JsonLines.valueOf(n, "duration"),
                mentions);
    }
}
