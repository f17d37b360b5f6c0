package org.filo.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16 item 10: the end-of-run summary says what the records say (counted here from the records themselves). */
@Tag("models")
class RunSummaryTest {
    @TempDir
    Path tmp;

    @Test
    void theSummaryCountsEventsByChannelAndStatusDatesAndFailuresAndSaysWhereTheFilesAre() throws IOException {
        Path in = BatchFixtures.copyCorpus(tmp.resolve("in"));
        Files.writeString(in.resolve("vuoto con spazio.txt"), "");
        Files.write(in.resolve("binario.txt"), new byte[] {0, 1, 2, 3});
        Path out = tmp.resolve("out");
        List<String> lines = BatchFixtures.extract(List.of(in), out, 1).lines().toList();

        List<JsonNode> docs = BatchFixtures.records(out.resolve("documents.jsonl"));
        List<JsonNode> events = BatchFixtures.records(out.resolve("events.jsonl"));
        long ok = docs.stream().filter(d -> d.get("status").asText().equals("OK")).count();
        long withEvents = docs.stream().filter(d -> d.get("event_count").asInt() > 0).count();
        assertTrue(lines.contains(String.format("  %d events in %d of %d OK documents", events.size(), withEvents, ok)),
                lines::toString);
        assertTrue(lines.contains("  events by channel: " + counts(events, "channel")), lines::toString);
        assertTrue(lines.contains("  events by status:  " + counts(events, "status")), lines::toString);
        assertTrue(lines.contains("  publication dates: manifest 5"), lines::toString);
        assertTrue(lines.contains("  EMPTY 1: \"" + in.resolve("vuoto con spazio.txt") + "\""), lines::toString);
        assertTrue(lines.contains("  UNSUPPORTED_TYPE 1: " + in.resolve("binario.txt")), lines::toString);
        assertEquals("records: " + out.toAbsolutePath().resolve("documents.jsonl") + " (one line per file), "
                + out.toAbsolutePath().resolve("events.jsonl") + " (" + events.size() + " new or redone events)",
                lines.get(lines.size() - 1));
    }

    /** "PHONE_CALL 3, MEETING 1": most frequent first, as the summary lists them. */
    private static String counts(List<JsonNode> events, String field) {
        Map<String, Long> counts = events.stream().collect(Collectors.groupingBy(e -> e.get(field).asText(),
                TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
