package org.filo.pipeline;

import static org.filo.pipeline.BatchFixtures.records;
import static org.filo.pipeline.BatchFixtures.slice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("models")
class ExtractJobTest {
    @TempDir
    Path tmp;

    @Test
    void theCorpusGivesOneOkRecordPerArticleWhoseOffsetsSliceItsText() throws IOException {
        Path out = tmp.resolve("out");
        BatchFixtures.extract(List.of(Path.of("corpus")), out, 1);
        List<JsonNode> docs = records(out.resolve("documents.jsonl"));
        assertEquals(5, docs.size());
        for (JsonNode d : docs) {
            assertEquals("OK", d.get("status").asText(), d.get("doc_id").asText());
            assertEquals("manifest", d.at("/dct/source").asText());
            String text = d.get("text").asText();
            assertEquals(Files.readString(Path.of("corpus", d.get("doc_id").asText() + ".txt")), text,
                    "the text is the file's content exactly");
            for (String list : List.of("entities", "timexes")) {
                for (JsonNode e : d.get(list)) {
                    assertEquals(e.get("text").asText(), slice(text, e.get("start").asInt(), e.get("end").asInt()));
                }
            }
            assertFalse(d.get("entities").isEmpty());
        }
        List<JsonNode> events = records(out.resolve("events.jsonl"));
        assertFalse(events.isEmpty());
        Map<String, String> texts = docs.stream().collect(Collectors.toMap(d -> d.get("doc_id").asText(),
                d -> d.get("text").asText()));
        for (JsonNode e : events) {
            String text = texts.get(e.get("doc_id").asText());
            for (JsonNode m : e.get("mentions")) {
                JsonNode t = m.get("trigger");
                assertEquals(t.get("text").asText(), slice(text, t.get("start").asInt(), t.get("end").asInt()));
                assertTrue(m.at("/sentence/start").asInt() <= t.get("start").asInt());
                assertTrue(t.get("end").asInt() <= m.at("/sentence/end").asInt());
            }
        }
    }

    @Test
    void aSecondRunOverTheSameInputChangesNothing() throws IOException {
        Path out = tmp.resolve("out");
        BatchFixtures.extract(List.of(Path.of("corpus")), out, 1);
        byte[] docs = Files.readAllBytes(out.resolve("documents.jsonl"));
        byte[] events = Files.readAllBytes(out.resolve("events.jsonl"));
        String report = BatchFixtures.extract(List.of(Path.of("corpus")), out, 1);
        assertTrue(report.startsWith("0 documents processed, 5 unchanged"), report);
        assertArrayEquals(docs, Files.readAllBytes(out.resolve("documents.jsonl")));
        assertArrayEquals(events, Files.readAllBytes(out.resolve("events.jsonl")));
    }

    @Test
    void twoThreadsWriteTheSameBytesAsOne() throws IOException {
        BatchFixtures.extract(List.of(Path.of("corpus")), tmp.resolve("one"), 1);
        BatchFixtures.extract(List.of(Path.of("corpus")), tmp.resolve("two"), 2);
        for (String f : List.of("documents.jsonl", "events.jsonl")) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(f)),
                    Files.readAllBytes(tmp.resolve("two").resolve(f)), f);
        }
    }

    @Test
    void aChangedFileIsProcessedAgainAndReplacesItsRecords() throws IOException {
        Path in = BatchFixtures.copyCorpus(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        BatchFixtures.extract(List.of(in), out, 1);
        Path changed = in.resolve("000_89a66ad8ee89c7e8.txt");
        Files.writeString(changed, "Mario Draghi ha incontrato Emmanuel Macron a Roma.", StandardCharsets.UTF_8);
        String report = BatchFixtures.extract(List.of(in), out, 1);
        assertTrue(report.startsWith("1 documents processed, 4 unchanged"), report);
        List<JsonNode> docs = records(out.resolve("documents.jsonl"));
        assertEquals(5, docs.size());
        JsonNode d = docs.get(0);
        assertEquals("000_89a66ad8ee89c7e8", d.get("doc_id").asText());
        assertEquals("Mario Draghi ha incontrato Emmanuel Macron a Roma.", d.get("text").asText());
        long oldEvents = records(out.resolve("events.jsonl")).stream()
                .filter(e -> e.get("doc_id").asText().equals("000_89a66ad8ee89c7e8"))
                .filter(e -> e.at("/participants/0/name").asText().contains("Austin")).count();
        assertEquals(0, oldEvents, "the old version's events are gone");
    }

    @Test
    void badInputsEachGetARecordWithAStatusAndASentenceAndTheBatchGoesOn() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("bad"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Files.write(in.resolve("junk.txt"), junk);
        Files.writeString(in.resolve("scripts.html"), "<html><head><script>var a = 1;</script></head>"
                + "<body><script>document.write('x')</script></body></html>");
        Files.createDirectories(in.resolve("folder.txt").resolve("inner")); // a folder is walked, not read
        Files.writeString(in.resolve("english.txt"), "The United States and Russia agreed on Thursday to "
                + "restore military communication lines that had been suspended since late 2021, the Pentagon "
                + "said in a statement after talks between officials of both countries in Abu Dhabi this week.");
        Files.writeString(in.resolve("good.txt"), "Il presidente Sergio Mattarella ha incontrato ieri a Roma "
                + "il presidente francese Emmanuel Macron per un colloquio sulla guerra in Ucraina.");
        Path out = tmp.resolve("out");
        BatchFixtures.extract(List.of(in), out, 2);
        Map<String, JsonNode> byId = records(out.resolve("documents.jsonl")).stream()
                .collect(Collectors.toMap(d -> d.get("doc_id").asText(), d -> d));
        assertEquals(Map.of("empty", "EMPTY", "junk", "UNSUPPORTED_TYPE", "scripts", "EMPTY",
                "english", "NOT_ITALIAN", "good", "OK"), byId.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get("status").asText())));
        for (JsonNode d : byId.values()) {
            boolean ok = d.get("status").asText().equals("OK");
            assertEquals(ok, d.get("error").isNull(), d.toString());
            if (!ok) {
                assertTrue(d.get("error").asText().endsWith("."), "a sentence: " + d.get("error"));
            }
        }
        assertNotEquals(0, byId.get("good").get("entities").size());
    }
}
