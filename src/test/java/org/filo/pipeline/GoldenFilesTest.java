package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files: every article under {@code corpus/} is run through the whole pipeline and what it found
 * (entities, timexes, actors, events; not the text) is compared with {@code src/test/golden/DOC_ID.json}.
 * A new article in corpus/ is picked up by itself. After a deliberate change, regenerate and review the diff:
 * {@code mvn test -Dtest=GoldenFilesTest -Dfilo.golden.update=true}.
 */
@Tag("models")
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/golden");
    private static final boolean UPDATE = Boolean.getBoolean("filo.golden.update");

    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> everyCorpusArticleGivesItsGoldenRecords() throws IOException {
        Path out = tmp.resolve("out");
        BatchFixtures.extract(List.of(Path.of("corpus")), out, 2);
        List<JsonNode> docs = BatchFixtures.records(out.resolve("documents.jsonl"));
        List<JsonNode> events = BatchFixtures.records(out.resolve("events.jsonl"));
        assertTrue(docs.size() >= 5, "the corpus has its five articles");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode d : docs) {
            String id = d.get("doc_id").asText();
            tests.add(DynamicTest.dynamicTest(id, () -> check(id, project(d, events))));
        }
        return tests.stream();
    }

    private static void check(String id, String actual) throws IOException {
        Path file = GOLDEN.resolve(id + ".json");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "no golden file " + file + "; run with -Dfilo.golden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "records of " + id + " differ from " + file + " (regenerate with -Dfilo.golden.update=true "
                        + "if the change is intended, and review the diff)");
    }

    /** What the golden file holds: the findings, one per line, readable in a diff. */
    private static String project(JsonNode doc, List<JsonNode> events) {
        StringBuilder b = new StringBuilder("{\n");
        b.append("  \"doc_id\": ").append(doc.get("doc_id")).append(",\n");
        b.append("  \"status\": ").append(doc.get("status")).append(",\n");
        b.append("  \"dct\": ").append(doc.get("dct")).append(",\n");
        b.append("  \"content_spans\": ").append(doc.get("content_spans")).append(",\n");
        section(b, "entities", doc.get("entities"));
        section(b, "timexes", doc.get("timexes"));
        section(b, "actors", doc.get("actors"));
        ArrayNode mine = BatchFixtures.JSON.createArrayNode();
        events.stream().filter(e -> e.get("doc_id").equals(doc.get("doc_id"))).forEach(mine::add);
        section(b, "events", mine);
        b.setLength(b.length() - 2);
        return b.append("\n}\n").toString();
    }

    private static void section(StringBuilder b, String name, JsonNode items) {
        b.append("  \"").append(name).append("\": [");
        String sep = "\n    ";
        for (JsonNode item : items) {
            ObjectNode copy = item.deepCopy();
            copy.remove("schema_version");
            b.append(sep).append(copy);
            sep = ",\n    ";
        }
        b.append(items.isEmpty() ? "],\n" : "\n  ],\n");
    }
}
