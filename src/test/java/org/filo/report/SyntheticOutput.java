package org.filo.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An extract output folder made up for the report's tests: {@code events} events, {@code perDoc} to a
 * document, among {@code actors.length} actors (a prime number, so an event's parties differ), channels and
 * statuses in turn, every seventh event undated,
 * every fifth with three parties. Document 0's title, text and first actor carry markup and a script that
 * must show as text. Returns what it wrote, so tests compute the expected counts on their own.
 */
final class SyntheticOutput {
    static final String HOSTILE = "<script>window.filoPwned=1</script><img src=x onerror=\"window.filoPwned=2\">";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CHANNELS = {"PHONE_CALL", "MEETING", "VIDEO_CALL", "MESSAGE", "UNSPECIFIED"};
    private static final String[] STATUSES = {"OCCURRED", "PLANNED", "REFUSED", "OCCURRED", "SUSPENDED", "RESUMED"};
    private static final String[] COUNTRIES = {"ITA", "FRA", "USA", "RUS", "UKR", "DEU"};

    /** One written event: its channel, status, day (null when undated) and parties' names. */
    record Written(String channel, String status, LocalDate day, List<String> names) {
    }

    private SyntheticOutput() {
    }

    static String[] actors(int n) {
        String[] names = new String[n];
        names[0] = "Mario " + HOSTILE;
        for (int i = 1; i < n; i++) {
            names[i] = "Attore " + i + (i % 11 == 0 ? " \uD83D\uDE00" : ""); // a few outside the BMP
        }
        return names;
    }

    static List<Written> write(Path folder, int events, int perDoc, String[] actors) throws IOException {
        Files.createDirectories(folder);
        List<Written> written = new ArrayList<>();
        try (Writer docs = Files.newBufferedWriter(folder.resolve("documents.jsonl"), StandardCharsets.UTF_8);
             Writer evs = Files.newBufferedWriter(folder.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
            int docCount = (events + perDoc - 1) / perDoc;
            for (int d = 0; d < docCount; d++) {
                String docId = String.format("batch/doc_%05d", d);
                StringBuilder text = new StringBuilder(d == 0 ? "Titolo " + HOSTILE + "\n" : "");
                ObjectNode doc = JSON.createObjectNode().put("schema_version", 1).put("doc_id", docId)
                        .put("source", "synthetic/" + docId + ".txt").put("status", "OK").putNull("error")
                        .put("title", d == 0 ? "Notizia " + HOSTILE : "Notizia " + d);
                doc.putObject("dct").put("value", "2022-01-01").put("source", d % 3 == 0 ? "manifest" : "inferred");
                ArrayNode entities = doc.putArray("entities");
                ArrayNode docActors = doc.putArray("actors");
                List<ObjectNode> docEvents = new ArrayList<>();
                for (int k = 0; k < perDoc && d * perDoc + k < events; k++) {
                    int i = d * perDoc + k;
                    int parties = i % 5 == 4 ? 3 : 2;
                    List<String> names = new ArrayList<>();
                    ObjectNode ev = JSON.createObjectNode().put("schema_version", 1)
                            .put("event_id", docId + "#E" + (k + 1)).put("doc_id", docId).put("type", "COMMUNICATION")
                            .put("channel", CHANNELS[i % CHANNELS.length]).put("status", STATUSES[i % STATUSES.length]);
                    ArrayNode ps = ev.putArray("participants");
                    int sentenceStart = text.codePointCount(0, text.length());
                    for (int j = 0; j < parties; j++) {
                        int a = (i + j * (1 + (i / actors.length) % (actors.length - 1))) % actors.length;
                        String actorId = "A" + (k * 3 + j + 1);
                        String name = actors[a];
                        names.add(name);
                        int start = text.codePointCount(0, text.length());
                        text.append(name);
                        int end = text.codePointCount(0, text.length());
                        text.append(j + 1 < parties ? " e " : " ");
                        String t = "T" + (k * 3 + j + 1);
                        entities.addObject().put("id", t).put("type", "PER").put("start", start).put("end", end)
                                .put("text", name).put("actor", actorId);
                        docActors.addObject().put("id", actorId).put("kind", a % 4 == 3 ? "COUNTRY" : "PERSON")
                                .put("name", name).put("country", COUNTRIES[a % COUNTRIES.length]);
                        ps.addObject().put("actor", actorId).put("kind", a % 4 == 3 ? "COUNTRY" : "PERSON")
                                .put("name", name).put("country", COUNTRIES[a % COUNTRIES.length]).putNull("role");
                    }
                    int trigger = text.codePointCount(0, text.length());
                    text.append("si sono parlati.");
                    int sentenceEnd = text.codePointCount(0, text.length());
                    text.append(' ');
                    LocalDate day = i % 7 == 6 ? null : LocalDate.of(2020, 1, 1).plusDays((i * 37L) % 1200);
                    ev.putObject("date").put("value", day == null ? null : day.toString()).putNull("timex")
                            .put("source", day == null ? null : "timex");
                    ev.putObject("duration").putNull("value").putNull("timex");
                    ev.put("initiator", "A" + (k * 3 + 1));
                    ObjectNode m = ev.putArray("mentions").addObject();
                    m.putObject("trigger").put("start", trigger).put("end", trigger + 8).put("text", "si sono ");
                    m.putObject("sentence").put("start", sentenceStart).put("end", sentenceEnd);
                    ev.put("confidence", 0.5 + (i % 5) / 10.0);
                    docEvents.add(ev);
                    written.add(new Written(ev.get("channel").asText(), ev.get("status").asText(), day, names));
                }
                doc.put("text", text.toString());
                doc.put("event_count", docEvents.size()).put("pipeline", "synthetic0001");
                docs.write(doc.toString() + "\n");
                for (ObjectNode ev : docEvents) {
                    evs.write(ev.toString() + "\n");
                }
            }
            docs.write(JSON.createObjectNode().put("schema_version", 1).put("doc_id", "batch/broken")
                    .put("status", "PARSE_FAILED").put("error", "Tika could not read the file").toString() + "\n");
        }
        return written;
    }
}
