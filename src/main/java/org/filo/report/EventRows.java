package org.filo.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.filo.report.EvidenceText.Range;

/** Turns one events.jsonl line into a {@link ReportEvent}, its sentences cut from its document's text. */
final class EventRows {
    private EventRows() {
    }

    /** The document's entity spans by actor id: where each participant is named, to highlight it. */
    static Map<String, List<Range>> entitySpans(JsonNode document) {
        Map<String, List<Range>> spans = new HashMap<>();
        for (JsonNode e : document.path("entities")) {
            String actor = ReportReader.text(e, "actor");
            Range r = range(e);
            if (actor != null && r != null) {
                spans.computeIfAbsent(actor, k -> new ArrayList<>()).add(r);
            }
        }
        return spans;
    }

    static ReportEvent of(JsonNode n, int[] cps, Map<String, List<Range>> entitySpans, List<String> warnings) {
        String id = ReportReader.text(n, "event_id");
        List<ReportEvent.Party> parties = new ArrayList<>();
        Set<String> actorIds = new HashSet<>();
        String initiator = null;
        String initiatorId = ReportReader.text(n, "initiator");
        for (JsonNode p : n.path("participants")) {
            String actor = ReportReader.text(p, "actor");
            String name = ReportReader.text(p, "name");
            ReportEvent.Party party = new ReportEvent.Party(name == null ? actor : name, ReportReader.text(p, "kind"),
                    ReportReader.text(p, "country"), ReportReader.text(p, "role"));
            parties.add(party);
            if (actor != null) {
                actorIds.add(actor);
                if (actor.equals(initiatorId)) {
                    initiator = party.name();
                }
            }
        }
        List<Range> partySpans = new ArrayList<>();
        actorIds.forEach(a -> partySpans.addAll(entitySpans.getOrDefault(a, List.of())));
        List<ReportEvent.Evidence> evidence = new ArrayList<>();
        for (JsonNode m : n.path("mentions")) {
            ReportEvent.Evidence e = cps.length == 0 ? null
                    : EvidenceText.of(cps, range(m.path("sentence")), range(m.path("trigger")), partySpans);
            if (e != null) {
                evidence.add(e);
            } else if (cps.length > 0) {
                warnings.add("event " + id + ": a mention's sentence offsets do not fit the document text");
            }
        }
        JsonNode confidence = n.get("confidence");
        return new ReportEvent(id, ReportReader.text(n, "doc_id"), ReportReader.text(n, "channel"),
                ReportReader.text(n, "status"), ReportReader.text(n.path("date"), "value"),
                ReportReader.text(n.path("date"), "source"), parties, initiator,
                ReportReader.text(n.path("duration"), "value"),
                confidence != null && confidence.isNumber() ? confidence.asDouble() : null, evidence);
    }

    private static Range range(JsonNode n) {
        JsonNode s = n.get("start");
        JsonNode e = n.get("end");
        return s != null && e != null && s.isInt() && e.isInt() ? new Range(s.asInt(), e.asInt()) : null;
    }
}
