package org.filo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.filo.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The eval command end to end: eval.json, documents missing from the output, exit codes. */
class EvalCommandTest {
    private static void goldFolder(Path gold) {
        Folders.manifest(gold, "d1", "d2");
        Folders.write(gold, "timex.jsonl",
                "{'doc_id':'d1','start':0,'end':4,'text':'ieri','type':'DATE','value':'2022-05-12','mod':null}",
                "{'doc_id':'d2','start':0,'end':4,'text':'oggi','type':'DATE','value':'2022-05-13','mod':null}");
        Folders.write(gold, "events.jsonl", "{'doc_id':'d2','event':'E1','channel':'PHONE_CALL','status':'OCCURRED',"
                + "'participants':[['biden'],['putin']],'initiator':null,'date':null,'duration':null,"
                + "'evidence':{'start':5,'end':31,'text':'Biden ha chiamato Putin'}}");
    }

    private static void outputWithoutD2(Path out) {
        Folders.write(out, "documents.jsonl",
                "{'doc_id':'d1','status':'OK','text':'ieri niente.','actors':[],'timexes':["
                        + "{'id':'X1','type':'DATE','start':0,'end':4,'text':'ieri','value':'2022-05-12',"
                        + "'mod':null}]}");
        // an event of d2 although documents.jsonl has no d2: ignored, d2 stays missing
        Folders.write(out, "events.jsonl", "{'doc_id':'d2','channel':'PHONE_CALL','status':'OCCURRED','participants':"
                + "[{'kind':'PERSON','name':'Biden'},{'kind':'PERSON','name':'Putin'}],'initiator':null,'date':null,"
                + "'duration':null,'mentions':[]}");
    }

    @Test
    void goldDocumentAbsentFromOutputCountsAsMissed(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold");
        Path out = dir.resolve("out");
        goldFolder(gold);
        outputWithoutD2(out);

        assertEquals(0, Main.run("eval", "--gold", gold.toString(), "--out", out.toString()));

        JsonNode json = new ObjectMapper().readTree(out.resolve("eval.json").toFile());
        assertEquals(List.of("d2"), List.of(json.get("documents_missing").get(0).asText()));
        // timexes: d1's is found, d2's is missed
        assertEquals(1.0, json.at("/timexes/strict/precision").asDouble());
        assertEquals(0.5, json.at("/timexes/strict/recall").asDouble());
        assertEquals(0, json.at("/events/identification/true_positives").asInt());
        assertEquals(1, json.at("/events/identification/gold").asInt());
        JsonNode missed = json.at("/events/missed/0");
        assertEquals("document absent from the output", missed.get("why").asText());
        assertEquals("Biden ha chiamato Putin", missed.get("sentence").asText(), "the evidence text stands in");
        assertTrue(json.get("warnings").get(0).asText().startsWith("d2: gold document absent from the output"));
        assertTrue(json.get("warnings").get(1).asText().startsWith("1 output events name a doc_id absent"));
        assertEquals(0, json.at("/events/system_outside_gold").asInt());
    }

    @Test
    void missingFileExitsWith3(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold");
        Path out = dir.resolve("out");
        goldFolder(gold);
        outputWithoutD2(out);
        Files.delete(out.resolve("events.jsonl"));
        assertEquals(3, Main.run("eval", "--gold", gold.toString(), "--out", out.toString()));
        assertEquals(3, Main.run("eval", "--gold", dir.resolve("nowhere").toString(), "--out", out.toString()));
    }

    @Test
    void malformedLineExitsWith3AndSaysWhere(@TempDir Path dir) {
        Path gold = dir.resolve("gold");
        Path out = dir.resolve("out");
        goldFolder(gold);
        outputWithoutD2(out);
        Folders.write(out, "events.jsonl", "{'doc_id':'d1',");
        assertEquals(3, Main.run("eval", "--gold", gold.toString(), "--out", out.toString()));
        EvalInputException e = org.junit.jupiter.api.Assertions.assertThrows(EvalInputException.class,
                () -> Evaluator.evaluate(gold, out));
        assertTrue(e.getMessage().contains("events.jsonl:1: malformed JSON"), e.getMessage());
    }

    @Test
    void badUsageExitsWith2(@TempDir Path dir) {
        assertEquals(2, Main.run("eval", "--gold", dir.toString()));
        assertEquals(2, Main.run("eval", "--gold", dir.toString(), "--out", dir.toString(), "--bogus"));
    }
}
