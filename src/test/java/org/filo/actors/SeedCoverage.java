package org.filo.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filo.model.Actor;
import org.filo.model.ActorKind;
import org.filo.model.ActorMention;
import org.filo.model.Actors;
import org.filo.model.Sentence;
import org.filo.model.TextAnalysis;

/**
 * Measures the actors against the gold events of the seeds: for every participant and initiator slot,
 * is an actor with one of the slot's keys mentioned in the sentence of the evidence ("sentence"), in
 * one of the two sentences before it ("before"), elsewhere in the document ("document"), or not at all.
 * Keys as the scorer derives them: person → full name and surname, country → ISO and name, else name.
 */
final class SeedCoverage {
    enum Reach { SENTENCE, BEFORE, DOCUMENT, MISSING }

    record Slot(String docId, String event, List<String> keys, Reach reach) {
    }

    private SeedCoverage() {
    }

    static Set<String> keys(Actor a) {
        Set<String> keys = new HashSet<>();
        String name = a.name().toLowerCase(Locale.ROOT);
        keys.add(name);
        if (a.kind() == ActorKind.PERSON) {
            keys.add(name.substring(name.lastIndexOf(' ') + 1));
        } else if (a.kind() == ActorKind.COUNTRY && a.country() != null) {
            keys.add(a.country().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    static Map<String, LocalDate> manifest(Path gold) throws IOException {
        Map<String, LocalDate> dates = new HashMap<>();
        for (String line : Files.readAllLines(gold.resolve("manifest.csv"))) {
            String[] cells = line.split(",");
            if (cells.length >= 2 && cells[1].matches("\\d{4}-\\d{2}-\\d{2}")) {
                dates.put(cells[0].replaceFirst("\\.txt$", ""), LocalDate.parse(cells[1]));
            }
        }
        return dates;
    }

    /** Slots of the gold events, each with how near the resolver got; {@code resolved} maps doc id to output. */
    static List<Slot> measure(Path gold, Map<String, Actors> resolved, Map<String, TextAnalysis> analyses)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Slot> slots = new ArrayList<>();
        for (String line : Files.readAllLines(gold.resolve("events.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode event = json.readTree(line);
            String docId = event.get("doc_id").asText();
            List<List<String>> lists = new ArrayList<>();
            event.get("participants").forEach(slot -> lists.add(strings(slot)));
            if (!event.get("initiator").isNull()) {
                lists.add(strings(event.get("initiator")));
            }
            int evStart = event.get("evidence").get("start").asInt();
            int evEnd = event.get("evidence").get("end").asInt();
            for (List<String> keys : lists) {
                slots.add(new Slot(docId, event.get("event").asText(), keys,
                        reach(resolved.get(docId), analyses.get(docId), keys, evStart, evEnd)));
            }
        }
        return slots;
    }

    private static Reach reach(Actors actors, TextAnalysis analysis, List<String> keys, int evStart, int evEnd) {
        Set<String> ids = new HashSet<>();
        for (Actor a : actors.actors()) {
            if (keys.stream().anyMatch(keys(a)::contains)) {
                ids.add(a.id());
            }
        }
        int first = -1;
        int last = -1;
        List<Sentence> sentences = analysis.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.start() < evEnd && evStart < s.end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Reach best = ids.isEmpty() ? Reach.MISSING : Reach.DOCUMENT;
        for (ActorMention m : actors.mentions()) {
            if (!ids.contains(m.actorId()) || first < 0) {
                continue;
            }
            if (m.start() >= sentences.get(first).start() && m.end() <= sentences.get(last).end()) {
                return Reach.SENTENCE;
            }
            int before = Math.max(0, first - 2);
            if (m.start() >= sentences.get(before).start() && m.end() <= sentences.get(first).start()) {
                best = Reach.BEFORE;
            }
        }
        return best;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
