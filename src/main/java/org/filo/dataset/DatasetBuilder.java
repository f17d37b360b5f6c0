package org.filo.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.filo.dataset.ContactMerger.Cluster;
import org.filo.dataset.ContactMerger.Item;
import org.filo.dataset.Records.Doc;
import org.filo.dataset.Records.DocRecords;
import org.filo.dataset.Records.Mention;
import org.filo.dataset.Records.Problem;

/**
 * Builds the DuckDB dataset: the records already in the database plus the folders given (a document read again
 * replaces its old lines), rebuilt whole into a new file that is renamed over the old one, so a killed run leaves
 * the previous database intact and the same records always give the same rows.
 */
public final class DatasetBuilder {
    /** Files written by DuckDB 1.0 and later open in every 1.x client (Python 1.5, CLI, R). */
    static final String STORAGE_VERSION = "v1.0.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a run did. */
    public record Outcome(boolean changed, int documents, int mentions, int contacts, List<String> problems) {
    }

    private DatasetBuilder() {
    }

    public static Outcome build(List<Path> folders, Path db, Path codesFile) throws IOException, SQLException {
        List<Problem> problems = new ArrayList<>();
        Map<String, DocRecords> prior = Files.exists(db) ? readStored(db) : Map.of();
        Map<String, DocRecords> all = new TreeMap<>(prior);
        for (Path folder : folders) {
            RecordReader.Loaded loaded = RecordReader.read(folder);
            problems.addAll(loaded.problems());
            all.putAll(loaded.docs());
        }
        List<String> messages = problems.stream().map(Problem::toString).toList();
        int mentions = all.values().stream().mapToInt(d -> d.mentions().size()).sum();
        if (Files.exists(db) && sameRecords(prior, all)) {
            return new Outcome(false, all.size(), mentions, count(db, "contacts"), messages);
        }
        Path staging = Files.createTempDirectory(db.toAbsolutePath().getParent(), ".filo-dataset-");
        try {
            int contacts = stage(all, EventCodes.load(codesFile), staging);
            Path fresh = staging.resolve("new.duckdb");
            load(staging, fresh);
            Files.move(fresh, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Outcome(true, all.size(), mentions, contacts, messages);
        } finally {
            try (var files = Files.list(staging)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(staging);
        }
    }

    /** Writes every table as JSON lines in {@code dir}; returns the number of contacts. */
    static int stage(Map<String, DocRecords> all, EventCodes codes, Path dir) throws IOException {
        List<Mention> mentions = all.values().stream().flatMap(d -> d.mentions().stream()).toList();
        ActorCanon canon = ActorCanon.build(mentions);
        List<Item> items = new ArrayList<>();
        for (Mention m : mentions) {
            Map<String, String> local = new HashMap<>();
            m.participants().forEach(p -> local.put(p.localId(), canon.id(p)));
            List<String> ids = ContactMerger.distinct(m.participants().stream().map(canon::id).toList());
            items.add(new Item(m, ids, m.initiator() == null ? null : local.get(m.initiator())));
        }
        List<Cluster> clusters = ContactMerger.merge(items);
        Map<String, String> contactOf = new HashMap<>();
        Map<String, Doc> docs = new HashMap<>();
        all.values().forEach(d -> docs.put(d.doc().docId(), d.doc()));
        try (Table contacts = new Table(dir, "contacts"); Table parts = new Table(dir, "contact_participants")) {
            for (Cluster c : clusters) {
                ObjectNode row = ContactRows.row(c, docs, codes);
                contacts.write(row);
                for (ObjectNode p : ContactRows.participants(c, row.path("initiator_id").asText(null))) {
                    parts.write(p);
                }
                c.items().forEach(i -> contactOf.put(i.mention().eventId(), c.id()));
            }
        }
        try (Table t = new Table(dir, "actors")) {
            for (ActorCanon.Actor a : canon.actors()) {
                t.write(JSON.createObjectNode().put("actor_id", a.actorId()).put("kind", a.kind())
                        .put("name", a.name()).put("country", a.country()).putPOJO("roles", a.roles())
                        .putPOJO("aliases", a.aliases()).put("num_documents", a.numDocuments()));
            }
        }
        try (Table docT = new Table(dir, "documents"); Table menT = new Table(dir, "mentions");
             Table recT = new Table(dir, "filo_records")) {
            for (DocRecords d : all.values()) {
                Doc doc = d.doc();
                docT.write(JSON.createObjectNode().put("doc_id", doc.docId()).put("source", doc.source())
                        .put("url", doc.url()).put("title", doc.title()).put("site", doc.site())
                        .put("published", doc.published()).put("dct_source", doc.dctSource())
                        .put("status", doc.status()).put("sha256", doc.sha256()).put("event_count", doc.eventCount())
                        .put("pipeline", doc.pipeline()));
                List<String> events = new ArrayList<>();
                for (Mention m : d.mentions()) {
                    events.add(m.json());
                    List<String> ids = ContactMerger.distinct(m.participants().stream().map(canon::id).toList());
                    String initiator = m.participants().stream().filter(p -> p.localId().equals(m.initiator()))
                            .map(canon::id).findFirst().orElse(null);
                    menT.write(JSON.createObjectNode().put("event_id", m.eventId()).put("doc_id", m.docId())
                            .put("contact_id", contactOf.get(m.eventId())).put("channel", m.channel())
                            .put("status", m.status()).put("date", m.date()).put("date_source", m.dateSource())
                            .put("duration", m.duration()).put("initiator_id", initiator)
                            .putPOJO("participant_ids", ids).put("trigger", m.trigger())
                            .put("sentence", m.sentence()).put("confidence", m.confidence())
                            .put("published", m.published()));
                }
                recT.write(JSON.createObjectNode().put("doc_id", doc.docId()).put("doc_json", doc.json())
                        .putPOJO("events_json", events));
            }
        }
        return clusters.size();
    }

    /** Loads the staged JSON lines into a new DuckDB file, at a storage version older clients open. */
    private static void load(Path staging, Path fresh) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + sql(fresh.toString()) + "' AS ds (STORAGE_VERSION '" + STORAGE_VERSION + "')");
            for (Map.Entry<String, String> t : Tables.COLUMNS.entrySet()) {
                String file = sql(staging.resolve(t.getKey() + ".jsonl").toString());
                s.execute("CREATE TABLE ds." + t.getKey() + " (" + t.getValue() + ")");
                s.execute("INSERT INTO ds." + t.getKey() + " SELECT * FROM read_json('" + file
                        + "', format = 'newline_delimited', columns = " + columnsStruct(t.getValue()) + ")");
            }
            s.execute("DETACH ds");
        }
    }

    /** "a VARCHAR, b INTEGER[]" as read_json's columns struct {'a': 'VARCHAR', 'b': 'INTEGER[]'}. */
    private static String columnsStruct(String columns) {
        StringBuilder out = new StringBuilder("{");
        int depth = 0;
        int start = 0;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < columns.length(); i++) {
            char ch = columns.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (ch == ',' && depth == 0) {
                parts.add(columns.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(columns.substring(start).trim());
        for (String part : parts) {
            int space = part.indexOf(' ');
            out.append(out.length() > 1 ? ", " : "").append('\'').append(part, 0, space).append("': '")
                    .append(part.substring(space + 1)).append('\'');
        }
        return out.append('}').toString();
    }

    static String sql(String literal) {
        return literal.replace("'", "''");
    }

    /** The records a previous run stored, so that a new run can add to them without the old folders. */
    static Map<String, DocRecords> readStored(Path db) throws SQLException, IOException {
        Map<String, DocRecords> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, readOnly());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT doc_id, doc_json, to_json(events_json)::VARCHAR FROM filo_records")) {
            while (r.next()) {
                Doc doc = RecordReader.doc(JSON.readTree(r.getString(2)));
                List<Mention> mentions = new ArrayList<>();
                for (JsonNode e : JSON.readTree(r.getString(3))) {
                    mentions.add(RecordReader.mention(JSON.readTree(e.asText()), null, doc.published()));
                }
                out.put(r.getString(1), new DocRecords(doc, List.copyOf(mentions)));
            }
        }
        return out;
    }

    static java.util.Properties readOnly() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }

    private static boolean sameRecords(Map<String, DocRecords> a, Map<String, DocRecords> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (String id : a.keySet()) {
            DocRecords x = a.get(id);
            DocRecords y = b.get(id);
            if (!JSON.valueToTree(x.doc().json()).equals(JSON.valueToTree(y.doc().json()))
                    || !x.mentions().stream().map(Mention::json).toList()
                            .equals(y.mentions().stream().map(Mention::json).toList())) {
                return false;
            }
        }
        return true;
    }

    private static int count(Path db, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, readOnly());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** One staged table: JSON lines, one row a line. */
    private static final class Table implements AutoCloseable {
        private final BufferedWriter out;

        Table(Path dir, String name) throws IOException {
            out = Files.newBufferedWriter(dir.resolve(name + ".jsonl"), StandardCharsets.UTF_8);
        }

        void write(JsonNode row) throws IOException {
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
