package org.filo.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.filo.eval.EvalReport;
import org.filo.eval.SentenceText;
import org.filo.eval.TextSpan;

/**
 * The data the page's script reads, as one JSON tree. Keys are short because a 10,000-event page carries
 * them 10,000 times; the evaluation keeps eval.json's own names, so the page and the file say the same.
 */
final class ReportPayload {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper SNAKE = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private ReportPayload() {
    }

    static ObjectNode of(ReportData data) {
        ReportInput in = data.input();
        ObjectNode root = JSON.createObjectNode();
        root.put("folder", in.folder());
        root.put("runDate", in.runDate());
        ArrayNode warnings = root.putArray("warnings");
        in.warnings().forEach(warnings::add);
        ArrayNode docs = root.putArray("docs");
        for (ReportDocument d : in.documents()) {
            docs.addObject().put("id", d.docId()).put("src", d.source()).put("url", d.url()).put("title", d.title())
                    .put("dct", d.dct()).put("dctSrc", d.dctSource()).put("status", d.status())
                    .put("error", d.error()).put("pipe", d.pipeline()).put("tokens", d.tokens());
        }
        ArrayNode events = root.putArray("events");
        in.events().forEach(e -> events.add(event(e)));
        root.set("eval", data.eval() == null ? null : eval(data.eval(), in.texts()));
        return root;
    }

    private static ObjectNode event(ReportEvent e) {
        ObjectNode o = JSON.createObjectNode().put("id", e.id()).put("doc", e.docId()).put("ch", e.channel())
                .put("st", e.status()).put("date", e.date()).put("dateSrc", e.dateSource())
                .put("init", e.initiator()).put("dur", e.duration());
        if (e.confidence() == null) {
            o.putNull("conf");
        } else {
            o.put("conf", e.confidence());
        }
        ArrayNode parties = o.putArray("parties");
        for (ReportEvent.Party p : e.parties()) {
            parties.addObject().put("n", p.name()).put("k", p.kind()).put("c", p.country()).put("r", p.role());
        }
        ArrayNode evidence = o.putArray("ev");
        for (ReportEvent.Evidence sentence : e.evidence()) {
            ArrayNode pieces = evidence.addArray();
            sentence.pieces().forEach(p -> pieces.addArray().add(p.text()).add(p.mark().ordinal()));
        }
        return o;
    }

    /** eval.json's tree, each listed time expression given its sentence so the error is seen in context. */
    private static JsonNode eval(EvalReport report, Map<String, String> texts) {
        ObjectNode tree = SNAKE.valueToTree(report);
        JsonNode timexes = tree.path("timexes");
        for (String list : new String[] {"missed", "spurious"}) {
            timexes.path(list).forEach(row -> addSentence((ObjectNode) row, texts));
        }
        timexes.path("mismatched").forEach(pair -> addSentence((ObjectNode) pair.path("gold"), texts));
        return tree;
    }

    private static void addSentence(ObjectNode row, Map<String, String> texts) {
        String text = texts.get(row.path("doc_id").asText());
        TextSpan span = new TextSpan(row.path("start").asInt(), row.path("end").asInt(), row.path("text").asText());
        row.put("sentence", text == null ? null : SentenceText.around(text, span));
    }
}
