package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.filo.model.Status;
import org.junit.jupiter.api.Test;

/** Issue 16 item 11: progress lines without a logger prefix, an ETA by bytes, --quiet and --progress json. */
class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private List<String> lines() {
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theEtaCountsBytesNotDocuments() {
        // nine two-line briefs first, then one live blog of 90% of the bytes: by documents the ETA would be 1 s
        Progress p = new Progress(err, Progress.Mode.PLAIN, false, 10, 1000, now::get);
        for (int i = 0; i < 9; i++) {
            now.addAndGet(SECOND);
            p.documentDone("brief" + i, 11, 20, Status.OK, null);
        }
        assertEquals(Long.valueOf(Math.round(9.0 * 901 / 99)), p.etaSeconds(now.get()));
        assertTrue(p.line(now.get()).endsWith("about 1 min left"), p.line(now.get()));
    }

    @Test
    void theEtaFollowsTheRecentRateNotTheSlowStart() {
        // the first 10% take 60 s (the JIT), the next 10% take 10 s: 80% left at the recent rate is 80 s, not 280
        Progress p = new Progress(err, Progress.Mode.PLAIN, false, 20, 1000, now::get);
        now.addAndGet(60 * SECOND);
        p.documentDone("cold", 100, 10, Status.OK, null);
        for (int i = 0; i < 10; i++) {
            now.addAndGet(SECOND);
            p.documentDone("warm" + i, 10, 10, Status.OK, null);
        }
        assertEquals(Long.valueOf(80), p.etaSeconds(now.get()));
    }

    @Test
    void theEtaIsNoShorterThanTheDocumentsLeftSay() {
        // five pages of markup, 80% of the bytes, in 10 s; 95 short articles left: by bytes 2.5 s, by documents 190 s
        Progress p = new Progress(err, Progress.Mode.PLAIN, false, 100, 1000, now::get);
        for (int i = 0; i < 5; i++) {
            now.addAndGet(2 * SECOND);
            p.documentDone("page" + i, 160, 10, Status.OK, null);
        }
        assertEquals(Long.valueOf(190), p.etaSeconds(now.get()));
    }

    @Test
    void noEtaIsGuessedBeforeATwentiethOfTheBytesIsDone() {
        Progress p = new Progress(err, Progress.Mode.PLAIN, false, 100, 100_000, now::get);
        now.addAndGet(30 * SECOND); // the JIT's first seconds
        p.documentDone("a", 4_000, 100, Status.OK, null);
        assertNull(p.etaSeconds(now.get()));
        assertTrue(p.line(now.get()).endsWith("estimating time left"));
    }

    @Test
    void plainLinesStartWithFiloAndCarryNoLoggerPrefixAndNoEscapes() {
        Progress p = new Progress(err, Progress.Mode.PLAIN, false, 2, 20, now::get);
        p.note("3 of 5 files are unchanged");
        now.addAndGet(11 * SECOND);
        p.documentDone("a.txt", 10, 5, Status.EMPTY, "The file is empty (0 bytes).");
        p.documentDone("b.txt", 10, 5, Status.OK, null);
        p.finish();
        assertEquals(List.of("filo: 3 of 5 files are unchanged", "filo: a.txt: EMPTY — The file is empty (0 bytes).",
                "filo: 1/2 documents (50%), 0 tokens/s, about 11 s left", "filo: 2/2 documents (100%), 1 tokens/s, done"),
                lines());
    }

    @Test
    void quietSaysOnlyTheFilesThatAreNotOk() {
        Progress p = new Progress(err, Progress.Mode.QUIET, false, 2, 20, now::get);
        p.note("models loaded in 3.0 s");
        p.documentDone("a.txt", 10, 5, Status.OK, null);
        p.documentDone("b.pdf", 10, 0, Status.PARSE_FAILED, "Damaged.");
        p.finish();
        assertEquals(List.of("filo: b.pdf: PARSE_FAILED — Damaged."), lines());
    }

    @Test
    void jsonModeWritesOneObjectPerLine() throws Exception {
        Progress p = new Progress(err, Progress.Mode.JSON, false, 2, 20, now::get);
        p.note("models loaded in 3.0 s");
        now.addAndGet(2 * SECOND);
        p.documentDone("a \"b\".txt", 10, 5, Status.OK, null);
        p.documentDone("c.txt", 10, 0, Status.TIMEOUT, "Stopped.");
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> objects = lines().stream().map(l -> {
            try {
                return json.readTree(l);
            } catch (Exception e) {
                throw new AssertionError("not one JSON object: " + l, e);
            }
        }).toList();
        assertEquals(3, objects.size());
        assertEquals("note", objects.get(0).get("type").asText());
        assertEquals("a \"b\".txt", objects.get(1).get("source").asText());
        assertEquals(2.0, objects.get(1).get("elapsed_s").asDouble());
        assertEquals(2, objects.get(1).get("eta_s").asInt());
        assertEquals("TIMEOUT", objects.get(2).get("status").asText());
        assertEquals(0, objects.get(2).get("eta_s").asInt());
        assertEquals(2, objects.get(2).get("done").asInt());
    }
}
