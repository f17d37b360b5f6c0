package org.filo.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filo.model.Dct;
import org.filo.model.DctSource;
import org.filo.model.Document;
import org.filo.model.Language;
import org.filo.model.Span;

/** Reads a folder of .txt articles with its manifest.csv, and timex gold, into test inputs. */
final class SeedDocuments {
    private SeedDocuments() {
    }

    /** docId → published date from a manifest ("file,published"). */
    static Map<String, LocalDate> manifest(Path csv) throws IOException {
        Map<String, LocalDate> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] cols = line.split(",");
            if (cols.length >= 2 && cols[0].endsWith(".txt")) {
                out.put(cols[0].replaceFirst("\\.txt$", ""), LocalDate.parse(cols[1].strip()));
            }
        }
        return out;
    }

    /** The whole text is taken as content: the ingest stage's boilerplate detection is not part of this test. */
    static Document document(Path file, String docId, LocalDate dct) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Dct d = dct == null ? Dct.NONE : new Dct(dct, DctSource.MANIFEST);
        return new Document(docId, file.toString(), null, "", "text/plain", new Language("it", 1.0), null, d, text,
                List.of(new Span(0, text.length())));
    }

    static List<TimexScorer.Item> gold(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<TimexScorer.Item> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            out.add(new TimexScorer.Item(n.get("doc_id").asText(), n.get("start").asInt(), n.get("end").asInt(),
                    n.get("text").asText(), n.get("type").asText(), text(n.get("value")), text(n.get("mod"))));
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
