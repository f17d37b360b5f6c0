package org.filo.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hand-written extract output folders: one document line and its event lines per call. */
final class DatasetFixtures {
    private final Path dir;
    private final List<String> docs = new ArrayList<>();
    private final List<String> events = new ArrayList<>();

    DatasetFixtures(Path dir) {
        this.dir = dir;
    }

    /** A document whose text is {@code text}; each event is "CHANNEL STATUS DATE|null Name:CTRY[:P|C[:role]] …"
     * (P person, the default, or C country; "-" for no country; "_" for spaces). */
    DatasetFixtures doc(String docId, String url, String published, String text, String... eventSpecs) {
        docs.add(String.format("{\"schema_version\":1,\"doc_id\":\"%s\",\"source\":\"batch/%s.txt\",\"url\":%s,"
                + "\"sha256\":\"%s\",\"status\":\"OK\",\"error\":null,\"title\":null,"
                + "\"dct\":{\"value\":\"%s\",\"source\":\"manifest\"},\"text\":\"%s\",\"event_count\":%d}",
                docId, docId, url == null ? "null" : "\"" + url + "\"", Integer.toHexString(text.hashCode()),
                published, text, eventSpecs.length));
        for (int i = 0; i < eventSpecs.length; i++) {
            String[] f = eventSpecs[i].split(" ");
            StringBuilder parts = new StringBuilder();
            for (int p = 3; p < f.length; p++) {
                String[] a = f[p].split(":");
                parts.append(p > 3 ? "," : "").append(String.format("{\"actor\":\"A%d\",\"kind\":\"%s\",\"name\":\"%s\","
                        + "\"country\":%s,\"role\":%s}", p, a.length > 2 && a[2].equals("C") ? "COUNTRY" : "PERSON",
                        a[0].replace('_', ' '), "-".equals(a[1]) ? "null" : "\"" + a[1] + "\"",
                        a.length > 3 ? "\"" + a[3].replace('_', ' ') + "\"" : "null"));
            }
            String date = "null".equals(f[2]) ? "null" : "\"" + f[2] + "\"";
            events.add(String.format("{\"schema_version\":1,\"event_id\":\"%s#E%d\",\"doc_id\":\"%s\",\"type\":\"COMMUNICATION\","
                    + "\"channel\":\"%s\",\"status\":\"%s\",\"participants\":[%s],\"initiator\":null,"
                    + "\"date\":{\"value\":%s,\"timex\":null,\"source\":\"dct\"},\"duration\":{\"value\":null,\"timex\":null},"
                    + "\"mentions\":[{\"trigger\":{\"start\":0,\"end\":4,\"text\":\"%s\"},\"sentence\":{\"start\":0,\"end\":%d}}],"
                    + "\"confidence\":0.8}", docId, i + 1, docId, f[0], f[1], parts, date,
                    text.split(" ")[0], text.length()));
        }
        return this;
    }

    DatasetFixtures rawEventLine(String line) {
        events.add(line);
        return this;
    }

    Path write() throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("documents.jsonl"), docs, StandardCharsets.UTF_8);
        Files.write(dir.resolve("events.jsonl"), events, StandardCharsets.UTF_8);
        return dir;
    }
}
