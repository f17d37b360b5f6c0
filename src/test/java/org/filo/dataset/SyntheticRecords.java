package org.filo.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark input for {@code ./filo dataset} (README "Building a dataset", scale): an extract output folder of N
 * event lines made from real records. Each copy of the real documents that have events is filed by one of four
 * sites (so four copies report the same contacts, as syndicated news does), its dates shifted by whole weeks and,
 * in four copies of five, its first person replaced by one of 3,000 invented people, so participant sets vary as
 * in a large corpus. A document keeps only the sentences its events point into (offsets rewritten): the dataset
 * reads nothing else of the text. Not a test: run it by hand.
 * <pre>java -cp target/test-classes:target/classes:$(cat target/classpath.txt) org.filo.dataset.SyntheticRecords
 *     /tmp/ds-newsit /tmp/syn-1m 1000000</pre>
 */
public final class SyntheticRecords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SITES = 4;
    private static final int PEOPLE = 3_000;

    private record Source(ObjectNode doc, String text, List<ObjectNode> events) {
    }

    private SyntheticRecords() {
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long wanted = Long.parseLong(args[2]);
        List<Source> sources = read(in);
        Files.createDirectories(out);
        long written = 0;
        try (BufferedWriter docs = Files.newBufferedWriter(out.resolve("documents.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter events = Files.newBufferedWriter(out.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
            for (int copy = 0; written < wanted; copy++) {
                for (Source s : sources) {
                    if (written >= wanted) {
                        break;
                    }
                    int n = (int) Math.min(s.events().size(), wanted - written);
                    copyOf(s, copy, n, docs, events);
                    written += n;
                }
            }
        }
        System.out.println(written + " event lines in " + out);
    }

    private static List<Source> read(Path in) throws IOException {
        Map<String, List<ObjectNode>> events = new LinkedHashMap<>();
        for (String line : Files.readAllLines(in.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
            ObjectNode e = (ObjectNode) JSON.readTree(line);
            events.computeIfAbsent(e.path("doc_id").asText(), k -> new ArrayList<>()).add(e);
        }
        List<Source> out = new ArrayList<>();
        try (var lines = Files.lines(in.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                ObjectNode d = (ObjectNode) JSON.readTree(line);
                List<ObjectNode> es = events.get(d.path("doc_id").asText());
                if (es != null) {
                    String text = d.path("text").asText();
                    d.remove(List.of("text", "entities", "timexes", "actors", "content_spans"));
                    out.add(new Source(d, text, es));
                }
            }
        }
        return out;
    }

    private static void copyOf(Source s, int copy, int n, BufferedWriter docs, BufferedWriter events)
            throws IOException {
        int group = copy / SITES; // the four copies of a group are one story on four sites
        int shiftDays = group * 7;
        // publisher/day/file, as batches are often filed: the site is the folder above the day
        String[] orig = s.doc().path("doc_id").asText().split("/");
        String day = shift(s.doc().path("dct").path("value").asText(), shiftDays);
        String docId = "syn/g" + group + "/site" + copy % SITES + "/" + day + "/" + String.join("_", orig);
        StringBuilder text = new StringBuilder();
        List<ObjectNode> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ObjectNode e = s.events().get(i).deepCopy();
            JsonNode m = e.path("mentions").path(0);
            int start = m.path("sentence").path("start").asInt();
            int end = m.path("sentence").path("end").asInt();
            String sentence = codePoints(s.text(), start, end);
            int offset = text.codePointCount(0, text.length());
            text.append(sentence).append('\n');
            ObjectNode mention = JSON.createObjectNode();
            mention.putObject("trigger").put("start", m.path("trigger").path("start").asInt() - start + offset)
                    .put("end", m.path("trigger").path("end").asInt() - start + offset)
                    .put("text", m.path("trigger").path("text").asText());
            mention.putObject("sentence").put("start", offset).put("end", offset + (end - start));
            e.putArray("mentions").add(mention);
            e.put("event_id", docId + "#E" + (i + 1)).put("doc_id", docId);
            ((ObjectNode) e.path("date")).put("value", shift(e.path("date").path("value").asText(null), shiftDays));
            if (group % 5 != 0) {
                rename((ArrayNode) e.path("participants"), (group * 7919 + i * 104729) % PEOPLE);
            }
            lines.add(e);
        }
        ObjectNode d = s.doc().deepCopy();
        d.put("doc_id", docId).put("source", docId + ".txt").put("event_count", n).put("text", text.toString());
        d.putArray("content_spans").addArray().add(0).add(text.codePointCount(0, text.length()));
        ObjectNode dct = (ObjectNode) d.path("dct");
        dct.put("value", shift(dct.path("value").asText(null), shiftDays));
        docs.write(JSON.writeValueAsString(d));
        docs.write('\n');
        for (ObjectNode e : lines) {
            events.write(JSON.writeValueAsString(e));
            events.write('\n');
        }
    }

    /** The first person becomes an invented one (the same for every copy of the group). */
    private static void rename(ArrayNode participants, int person) {
        for (JsonNode p : participants) {
            if ("PERSON".equals(p.path("kind").asText())) {
                ((ObjectNode) p).put("name", "Persona" + person + " Sintetica" + person % 97).putNull("country");
                return;
            }
        }
    }

    /** A day, month or year value moved by {@code days}; other values (weeks, seasons) as they are. */
    static String shift(String value, int days) {
        if (value == null || days == 0) {
            return value;
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return LocalDate.parse(value.substring(0, 10)).plusDays(days) + value.substring(10);
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(value).plusMonths(days / 30).toString();
        }
        if (value.matches("\\d{4}")) {
            return String.valueOf(Integer.parseInt(value) + days / 365);
        }
        return value;
    }

    private static String codePoints(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }
}
