package org.filo.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filo.model.Actor;
import org.filo.model.Document;
import org.filo.model.Entity;
import org.filo.model.Event;
import org.filo.model.EventMention;
import org.filo.model.EventTime;
import org.filo.model.ProcessedDocument;
import org.filo.model.Span;
import org.filo.model.Timex;

/**
 * Builds the JSON of records.md (schema version 1) from a processed document: one documents.jsonl line and
 * its events.jsonl lines. Offsets leave here as code point indices.
 */
public final class RecordMapper {
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper json;
    private final String pipeline;

    /** @param pipeline the fingerprint of the code and rules that make the records (written in each one) */
    public RecordMapper(ObjectMapper json, String pipeline) {
        this.json = json;
        this.pipeline = pipeline;
    }

    public String pipeline() {
        return pipeline;
    }

    public ObjectNode documentRecord(ProcessedDocument p) {
        Document d = p.document();
        CodePointIndex cp = new CodePointIndex(d.text());
        ObjectNode o = json.createObjectNode();
        o.put("schema_version", SCHEMA_VERSION);
        o.put("doc_id", d.docId());
        o.put("source", d.source());
        o.put("url", d.url());
        o.put("sha256", d.sha256());
        o.put("status", p.status().name());
        o.put("error", p.error());
        o.put("content_type", d.contentType());
        ObjectNode language = o.putObject("language");
        language.put("code", d.language().code());
        language.put("confidence", Math.round(d.language().confidence() * 1000) / 1000.0);
        o.put("title", d.title());
        ObjectNode dct = o.putObject("dct");
        dct.put("value", d.dct().isKnown() ? d.dct().value().toString() : null);
        dct.put("source", d.dct().source().jsonName());
        o.put("text", d.text());
        ArrayNode spans = o.putArray("content_spans");
        for (Span s : d.contentSpans()) {
            spans.addArray().add(cp.of(s.start())).add(cp.of(s.end()));
        }
        o.put("sentences", p.analysis().sentences().size());
        o.put("tokens", p.analysis().tokens().size());
        // How many events.jsonl lines belong to this record; also lets the store pair lines after a kill.
        o.put("event_count", p.events().size());
        o.put("pipeline", pipeline);
        Map<String, String> actorOfEntity = new HashMap<>();
        for (Actor a : p.actors().actors()) {
            a.mentions().forEach(m -> actorOfEntity.put(m, a.id()));
        }
        ArrayNode entities = o.putArray("entities");
        for (Entity e : p.analysis().entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("type", e.type().name());
            n.put("start", cp.of(e.start()));
            n.put("end", cp.of(e.end()));
            n.put("text", e.text());
            n.put("actor", actorOfEntity.get(e.id()));
        }
        ArrayNode actors = o.putArray("actors");
        for (Actor a : p.actors().actors()) {
            ObjectNode n = actors.addObject();
            n.put("id", a.id());
            actorNode(n, a);
            ArrayNode mentions = n.putArray("mentions");
            a.mentions().forEach(mentions::add);
        }
        ArrayNode timexes = o.putArray("timexes");
        for (Timex t : p.timexes()) {
            ObjectNode n = timexes.addObject();
            n.put("id", t.id());
            n.put("type", t.type().name());
            n.put("start", cp.of(t.start()));
            n.put("end", cp.of(t.end()));
            n.put("text", t.text());
            n.put("value", t.value());
            n.put("mod", t.mod());
        }
        return o;
    }

    public List<ObjectNode> eventRecords(ProcessedDocument p) {
        Document d = p.document();
        CodePointIndex cp = new CodePointIndex(d.text());
        Map<String, Actor> actors = new HashMap<>();
        p.actors().actors().forEach(a -> actors.put(a.id(), a));
        return p.events().stream().map(e -> eventRecord(d, e, actors, cp)).toList();
    }

    private ObjectNode eventRecord(Document d, Event e, Map<String, Actor> actors, CodePointIndex cp) {
        ObjectNode o = json.createObjectNode();
        o.put("schema_version", SCHEMA_VERSION);
        o.put("event_id", d.docId() + "#" + e.id());
        o.put("doc_id", d.docId());
        o.put("type", "COMMUNICATION");
        o.put("channel", e.channel().name());
        o.put("status", e.status().name());
        ArrayNode participants = o.putArray("participants");
        for (String id : e.participants()) {
            Actor a = actors.get(id);
            if (a == null) {
                throw new IllegalStateException("event " + e.id() + " names unknown actor " + id);
            }
            ObjectNode n = participants.addObject();
            n.put("actor", a.id());
            actorNode(n, a);
        }
        o.put("initiator", e.initiator());
        timeNode(o.putObject("date"), e.date());
        ObjectNode duration = o.putObject("duration");
        duration.put("value", e.duration().value());
        duration.put("timex", e.duration().timexId());
        ArrayNode mentions = o.putArray("mentions");
        for (EventMention m : e.mentions()) {
            ObjectNode n = mentions.addObject();
            ObjectNode trigger = n.putObject("trigger");
            trigger.put("start", cp.of(m.trigger().start()));
            trigger.put("end", cp.of(m.trigger().end()));
            trigger.put("text", m.trigger().of(d.text()));
            ObjectNode sentence = n.putObject("sentence");
            sentence.put("start", cp.of(m.sentence().start()));
            sentence.put("end", cp.of(m.sentence().end()));
        }
        o.put("confidence", Math.round(e.confidence() * 100) / 100.0);
        return o;
    }

    private static ObjectNode actorNode(ObjectNode n, Actor a) {
        n.put("kind", a.kind().name());
        n.put("name", a.name());
        n.put("country", a.country());
        n.put("role", a.role());
        return n;
    }

    private static void timeNode(ObjectNode n, EventTime t) {
        n.put("value", t.value());
        n.put("timex", t.timexId());
        n.put("source", t.source());
    }
}
