package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 item 6 with the real stages: a 9.3 MB one-line text (generated here, never committed) ahead of ten
 * small good articles. The limit is 5 s rather than the 20 so that the text is a runaway on any machine:
 * tokens and NER alone take longer than that over 1.7 million tokens.
 */
@Tag("models")
class RunawayDocumentTest {
    private static final String SENTENCE = "Il ministro degli Esteri ha parlato al telefono con il presidente "
            + "francese Macron a Roma ieri sera. ";
    private static final String GOOD = "Il ministro degli Esteri italiano ha avuto ieri una telefonata con il suo "
            + "omologo francese per discutere della crisi in Libia.";

    @TempDir
    Path tmp;

    @Test
    void theRunawayStopsAtItsLimitAsTimeoutAndTheGoodFilesBehindItAreOk() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a-runaway.txt"), SENTENCE.repeat(9_300_000 / SENTENCE.length()));
        for (int i = 0; i < 10; i++) {
            Files.writeString(in.resolve("good" + i + ".txt"), GOOD);
        }
        Path out = tmp.resolve("out");
        Objects.requireNonNull(LoadedStages.STAGES); // load the models first: loading is not the batch's time
        assertTimeoutPreemptively(Duration.ofSeconds(5 + 60),
                () -> BatchFixtures.extract(List.of(in), out, 1, Duration.ofSeconds(5)),
                "the batch ends within a minute of the limit");
        List<JsonNode> docs = BatchFixtures.records(out.resolve("documents.jsonl"));
        assertEquals(11, docs.size());
        JsonNode runaway = docs.get(0);
        assertEquals("a-runaway", runaway.get("doc_id").asText());
        assertEquals("TIMEOUT", runaway.get("status").asText());
        // stopped by the stages' own checks, not abandoned: the record keeps what ingest learnt (its hash)
        assertEquals("Processing stopped at the time limit for one document (5 s).", runaway.get("error").asText());
        assertFalse(runaway.get("sha256").isNull());
        for (JsonNode d : docs.subList(1, docs.size())) {
            assertEquals("OK", d.get("status").asText(), d.get("doc_id").asText());
        }
    }
}
