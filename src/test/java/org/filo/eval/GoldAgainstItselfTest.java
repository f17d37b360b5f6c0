package org.filo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.filo.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds gold, converted to the output format, must score 1.0 on every measure against itself. */
class GoldAgainstItselfTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedsGoldScoresOneAgainstItself(@TempDir Path out) throws IOException {
        Path gold = SharedData.require("gold/seeds");
        Path seeds = SharedData.require("seeds");
        writeAsOutput(gold, seeds, out);

        EvalReport r = Evaluator.evaluate(gold, out);

        TimexScores t = r.timexes();
        for (Prf p : List.of(t.strict(), t.relaxed(), t.value())) {
            assertPerfect(p);
        }
        assertTrue(t.strict().gold() > 50, "the seeds have about 60 scored timexes");
        assertEquals(1, t.goldIgnored(), "one gold timex ('pochi mesi', PXM) is ignored");
        for (Accuracy a : List.of(t.valueAccuracy(), t.type(), t.mod())) {
            assertEquals(1.0, a.value());
        }
        assertTrue(t.missed().isEmpty() && t.spurious().isEmpty() && t.mismatched().isEmpty());
        EventScores e = r.events();
        assertEquals(26, e.identification().gold());
        assertPerfect(e.identification());
        assertPerfect(e.fullRecord());
        for (Accuracy a : List.of(e.participants(), e.status(), e.date(), e.initiator(), e.duration())) {
            assertEquals(1.0, a.value());
        }
        assertTrue(e.missed().isEmpty() && e.spurious().isEmpty() && e.wrongFields().isEmpty());
        assertEquals(List.of(), r.warnings(), "evidence offsets point at the evidence text in the seeds");
    }

    private static void assertPerfect(Prf p) {
        assertEquals(1.0, p.precision());
        assertEquals(1.0, p.recall());
        assertEquals(1.0, p.f1());
    }

    /**
     * documents.jsonl: the seed text (code points as the gold counts them), the gold timexes and one
     * ORGANIZATION actor per initiator whose name is the first accepted key. events.jsonl: one participant per
     * gold slot named by the slot's first key, the evidence as mention.
     */
    private static void writeAsOutput(Path gold, Path seeds, Path out) throws IOException {
        List<JsonNode> goldTimexes = readLines(gold.resolve("timex.jsonl"));
        List<JsonNode> goldEvents = readLines(gold.resolve("events.jsonl"));
        List<String> docs = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (String row : Files.readAllLines(gold.resolve("manifest.csv")).subList(1, 6)) {
            String file = row.split(",")[0];
            String docId = file.replaceAll("\\.txt$", "");
            ObjectNode doc = JSON.createObjectNode().put("doc_id", docId).put("status", "OK")
                    .put("text", Files.readString(seeds.resolve(file), StandardCharsets.UTF_8).replace("\uFEFF", ""));
            ArrayNode timexes = doc.putArray("timexes");
            goldTimexes.stream().filter(t -> t.get("doc_id").asText().equals(docId)).forEach(timexes::add);
            ArrayNode actors = doc.putArray("actors");
            int n = 0;
            for (JsonNode g : goldEvents) {
                if (!g.get("doc_id").asText().equals(docId)) {
                    continue;
                }
                n++;
                ObjectNode e = JSON.createObjectNode().put("doc_id", docId).put("event_id", docId + "#E" + n)
                        .put("channel", g.get("channel").asText()).put("status", g.get("status").asText());
                ArrayNode participants = e.putArray("participants");
                int slot = 0;
                for (JsonNode keys : g.get("participants")) {
                    participants.addObject().put("actor", "P" + n + "." + (++slot)).put("kind", "ORGANIZATION")
                            .put("name", keys.get(0).asText());
                }
                if (g.get("initiator").isNull()) {
                    e.putNull("initiator");
                } else {
                    String id = "I" + n;
                    actors.addObject().put("id", id).put("kind", "ORGANIZATION")
                            .put("name", g.get("initiator").get(0).asText());
                    e.put("initiator", id);
                }
                e.putObject("date").set("value", g.get("date"));
                e.putObject("duration").set("value", g.get("duration"));
                ObjectNode mention = e.putArray("mentions").addObject();
                mention.set("trigger", g.get("evidence"));
                mention.set("sentence", g.get("evidence"));
                events.add(JSON.writeValueAsString(e));
            }
            docs.add(JSON.writeValueAsString(doc));
        }
        Files.write(out.resolve("documents.jsonl"), docs, StandardCharsets.UTF_8);
        Files.write(out.resolve("events.jsonl"), events, StandardCharsets.UTF_8);
    }

    private static List<JsonNode> readLines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
