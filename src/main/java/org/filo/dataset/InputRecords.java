package org.filo.dataset;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.filo.dataset.Records.Problem;

/**
 * SQL over {@code stage_lines}: the lines that cannot be read become problems (file and line), the rest become
 * {@code win_docs} and {@code win_events}: for each doc_id, the document line of the last folder given that has it
 * (a document read again replaces its old lines) with that folder's event lines. {@code changed} lists the documents
 * whose lines differ from what the dataset stored (all of them for a new dataset).
 */
final class InputRecords {
    /** The records.md schema this dataset reads. */
    static final int SCHEMA_VERSION = 1;
    private static final String DOC_JSON = "{\"schema_version\":\"JSON\",\"doc_id\":\"VARCHAR\",\"source\":\"VARCHAR\",\"url\":\"VARCHAR\","
            + "\"title\":\"VARCHAR\",\"status\":\"VARCHAR\",\"sha256\":\"VARCHAR\",\"event_count\":\"INTEGER\","
            + "\"pipeline\":\"VARCHAR\",\"dct\":{\"value\":\"VARCHAR\",\"source\":\"VARCHAR\"},\"text\":\"VARCHAR\"}";
    private static final String EVENT_JSON = "{\"schema_version\":\"JSON\",\"event_id\":\"VARCHAR\",\"doc_id\":\"VARCHAR\",\"channel\":\"VARCHAR\","
            + "\"status\":\"VARCHAR\",\"initiator\":\"VARCHAR\",\"confidence\":\"DOUBLE\",\"sentence_text\":\"VARCHAR\","
            + "\"date\":{\"value\":\"VARCHAR\",\"source\":\"VARCHAR\"},\"duration\":{\"value\":\"VARCHAR\"},"
            + "\"participants\":[{\"actor\":\"VARCHAR\",\"kind\":\"VARCHAR\",\"name\":\"VARCHAR\",\"country\":\"VARCHAR\","
            + "\"role\":\"VARCHAR\"}],\"mentions\":[{\"trigger\":{\"text\":\"VARCHAR\"},"
            + "\"sentence\":{\"start\":\"BIGINT\",\"end\":\"BIGINT\"}}]}";

    private InputRecords() {
    }

    /** Parses the staged lines; adds the bad ones to their folder's problems, in file and line order. */
    static void parse(Statement s, List<Path> folders, List<List<Problem>> problems) throws SQLException {
        // One parse a line: try() makes a damaged line NULL instead of failing the statement.
        s.execute("CREATE TABLE in_docs AS SELECT folder, line, md5(j) AS h, try(from_json(j, '" + DOC_JSON
                + "')) AS d FROM stage_lines WHERE file = " + LineLoader.DOCUMENTS);
        s.execute("CREATE TABLE in_events AS SELECT folder, line, md5(j) AS h, try(from_json(j, '" + EVENT_JSON
                + "')) AS e FROM stage_lines WHERE file = " + LineLoader.EVENTS);
        s.execute("DELETE FROM stage_lines"); // parsed: free the lines' memory
        s.execute("CREATE TABLE line_problems (folder INTEGER, file TINYINT, line BIGINT, problem VARCHAR)");
        problems(s, "in_docs", "d", LineLoader.DOCUMENTS);
        problems(s, "in_events", "e", LineLoader.EVENTS);
        s.execute("DELETE FROM in_docs WHERE d IS NULL OR EXISTS (SELECT 1 FROM line_problems p WHERE p.file = "
                + LineLoader.DOCUMENTS + " AND p.folder = in_docs.folder AND p.line = in_docs.line)");
        s.execute("DELETE FROM in_events WHERE e IS NULL OR EXISTS (SELECT 1 FROM line_problems p WHERE p.file = "
                + LineLoader.EVENTS + " AND p.folder = in_events.folder AND p.line = in_events.line)");
        s.execute("CREATE TABLE win_docs AS SELECT * EXCLUDE (rn) FROM (SELECT folder, line, h, d.doc_id, d.source,"
                + " d.url, d.title, d.status, d.sha256, coalesce(d.event_count, 0) AS event_count, d.pipeline,"
                + " d.dct.value AS dct, d.dct.source AS dct_source, d.text, row_number() OVER"
                + " (PARTITION BY d.doc_id ORDER BY folder DESC, line DESC) AS rn FROM in_docs) WHERE rn = 1");
        s.execute("""
                INSERT INTO line_problems SELECT folder, 1, line, 'event of unknown document ' || e.doc_id
                FROM in_events i WHERE NOT EXISTS (SELECT 1 FROM in_docs d WHERE d.folder = i.folder
                                                   AND d.d.doc_id = i.e.doc_id)""");
        // The sentence: stored beside the event by an older dataset, or sliced from the text by code points.
        s.execute("""
                CREATE TABLE win_events AS SELECT i.line, i.h, i.e.event_id, i.e.doc_id, i.e.channel, i.e.status,
                  i.e.date.value AS date, i.e.date.source AS date_source, i.e.duration.value AS duration,
                  i.e.initiator, i.e.participants, i.e.mentions[1].trigger.text AS trigger,
                  coalesce(i.e.sentence_text, CASE WHEN i.e.mentions[1].sentence.start >= 0
                        AND i.e.mentions[1].sentence.start <= i.e.mentions[1].sentence."end"
                        AND i.e.mentions[1].sentence."end" <= length(w.text)
                    THEN substring(w.text, i.e.mentions[1].sentence.start + 1,
                                   i.e.mentions[1].sentence."end" - i.e.mentions[1].sentence.start) END) AS sentence,
                  coalesce(i.e.confidence, 0) AS confidence, w.dct
                FROM in_events i JOIN win_docs w ON w.folder = i.folder AND w.doc_id = i.e.doc_id""");
        s.execute("ALTER TABLE win_docs DROP COLUMN text");
        s.execute("DROP TABLE in_docs");
        s.execute("DROP TABLE in_events");
        s.execute("""
                CREATE TABLE win_prints AS SELECT w.doc_id, md5(w.h || coalesce(string_agg(e.h, ',' ORDER BY e.line), ''))
                  AS fingerprint FROM win_docs w LEFT JOIN win_events e ON e.doc_id = w.doc_id GROUP BY w.doc_id, w.h""");
        try (ResultSet r = s.executeQuery("SELECT folder, file, line, problem FROM line_problems ORDER BY ALL")) {
            while (r.next()) {
                Path folder = folders.get(r.getInt(1));
                Path file = folder.resolve(r.getInt(2) == LineLoader.DOCUMENTS ? "documents.jsonl" : "events.jsonl");
                problems.get(r.getInt(1)).add(new Problem(file.toString(), r.getLong(3), r.getString(4)));
            }
        }
    }

    /** A line that is not JSON, of another schema_version, or without doc_id. */
    private static void problems(Statement s, String table, String record, int file) throws SQLException {
        String version = record + ".schema_version";
        s.execute("INSERT INTO line_problems SELECT folder, " + file + ", line, CASE WHEN " + record + " IS NULL"
                + " THEN 'damaged JSON line' WHEN TRY_CAST(" + version + "->>'$' AS INTEGER) IS DISTINCT FROM "
                + SCHEMA_VERSION + " THEN 'schema_version ' || coalesce(" + version + "::VARCHAR, '')"
                + " || ', this dataset reads " + SCHEMA_VERSION + "; line skipped'"
                + " WHEN " + record + ".doc_id IS NULL THEN 'record without doc_id' END AS problem FROM " + table
                + " WHERE problem IS NOT NULL");
    }

    /** {@code changed}: the documents to (re)write; {@code stored} says whether {@code ds} has fingerprints. */
    static long changed(Statement s, boolean stored) throws SQLException {
        s.execute("CREATE TABLE changed AS SELECT doc_id FROM win_prints" + (stored
                ? " w WHERE NOT EXISTS (SELECT 1 FROM ds.filo_fingerprints f WHERE f.doc_id = w.doc_id"
                        + " AND f.fingerprint = w.fingerprint)" : ""));
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM changed")) {
            r.next();
            return r.getLong(1);
        }
    }
}
