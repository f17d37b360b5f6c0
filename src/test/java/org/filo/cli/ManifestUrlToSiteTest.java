package org.filo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manifest's {@code url} goes from {@code extract} into {@code documents.jsonl} and from there into the
 * dataset's {@code documents.site} (the URL's host without "www."), so that {@code num_sources} counts
 * publishers. One seed article is given four times: two copies on one site (with and without "www."), one on
 * another, one with no URL (its site is then its folder).
 */
@Tag("models")
class ManifestUrlToSiteTest {
    private static final String ARTICLE = "000_89a66ad8ee89c7e8.txt";

    /** file, manifest url ("" for none), expected record url (null for none), expected site. */
    private static final String[][] ROWS = {
            {"a.txt", "https://www.ilpost.it/2022/05/13/austin-shoigu/", "https://www.ilpost.it/2022/05/13/austin-shoigu/",
                    "ilpost.it"},
            {"b.txt", "https://ansa.it/austin-shoigu.html", "https://ansa.it/austin-shoigu.html", "ansa.it"},
            {"c.txt", "http://ilpost.it/copia", "http://ilpost.it/copia", "ilpost.it"},
            {"d.txt", "", null, "batch"},
    };

    @TempDir
    Path tmp;

    @Test
    void aManifestUrlReachesTheRecordAndTheDatasetSite() throws Exception {
        Path batch = Files.createDirectories(tmp.resolve("batch"));
        StringBuilder manifest = new StringBuilder("file,published,url,title\n");
        for (String[] row : ROWS) {
            Files.copy(Path.of("corpus", ARTICLE), batch.resolve(row[0]));
            manifest.append(row[0]).append(",2022-05-13,").append(row[1]).append(",\n");
        }
        Files.writeString(batch.resolve("manifest.csv"), manifest.toString(), StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        assertEquals(0, Main.run("extract", batch.toString(), "--out", out.toString(), "--threads", "1"));

        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> records = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode d = json.readTree(line);
            records.put(d.get("doc_id").asText(), d);
        }
        Path db = tmp.resolve("news.duckdb");
        Path csv = tmp.resolve("csv");
        assertEquals(0, Main.run("dataset", out.toString(), "--db", db.toString(), "--export", csv.toString()));
        Map<String, String> sites = new LinkedHashMap<>();
        for (Map<String, String> d : csvRows(csv.resolve("documents.csv"))) {
            sites.put(d.get("doc_id"), d.get("site"));
        }
        for (String[] row : ROWS) {
            String id = row[0].replace(".txt", "");
            JsonNode url = records.get(id).get("url");
            assertTrue(url != null, id + ": documents.jsonl has a url field, null or not");
            assertEquals(row[2], url.isNull() ? null : url.asText(), id + ": url in documents.jsonl");
            assertEquals(row[3], sites.get(id), id + ": site in the dataset");
        }
        List<Map<String, String>> contacts = csvRows(csv.resolve("contacts.csv"));
        assertTrue(!contacts.isEmpty(), "the seed article has events");
        for (Map<String, String> c : contacts) {
            assertEquals("4 3", c.get("num_articles") + " " + c.get("num_sources"),
                    "four copies on three sites: " + c.get("contact_id"));
        }
    }

    /** The rows of a CSV file DuckDB wrote (RFC 4180: quoted fields may hold commas, quotes, line breaks). */
    private static List<Map<String, String>> csvRows(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                if (c == '\n') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else if (c != '\r') {
                field.append(c);
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> named = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) {
                named.put(rows.get(0).get(i), r.get(i));
            }
            out.add(named);
        }
        return out;
    }
}
