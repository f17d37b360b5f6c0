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
    private static final String DOC_JSON = "{\"doc_id\":\"VARCHAR\",\"source\":\"VARCHAR\",\"url\":\"VARCHAR\","
            + "\"title\":\"VARCHAR\",\"status\":\"VARCHAR\",\"sha256\":\"VARCHAR\",\"event_count\":\"INTEGER\","
            + "\"pipeline\":\"VARCHAR\",\"dct\":{\"value\":\"VARCHAR\",\"source\":\"VARCHAR\"},\"text\":\"VARCHAR\"}";
    private static final String EVENT_JSON = "{\"event_id\":\"VARCHAR\",\"doc_id\":\"VARCHAR\",\"channel\":\"VARCHAR\","
            + "\"status\":\"VARCHAR\",\"initiator\":\"VARCHAR\",\"confidence\":\"DOUBLE\",\"sentence_text\":\"VARCHAR\","
            + "\"date\":{\"value\":\"VARCHAR\",\"source\":\"VARCHAR\"},\"duration\":{\"value\":\"VARCHAR\"},"
            + "\"participants\":[{\"actor\":\"VARCHAR\",\"kind\":\"VARCHAR\",\"name\":\"VARCHAR\",\"country\":\"VARCHAR\","
            + "\"role\":\"VARCHAR\"}],\"mentions\":[{\"trigger\":{\"text\":\"VARCHAR\"},"
            + "\"sentence\":{\"start\":\"BIGINT\",\"end\":\"BIGINT\"}}]}";

    private InputRecords() {
    }

    /** Parses the staged lines; adds the bad ones to their folder's problems, in file and line order. */
    static void parse(Statement s, List<Path> folders, List<List<Problem>> problems) throws SQLException {
        s.execute("""
                CREATE TABLE line_problems AS SELECT folder, file, line, problem FROM (
                  SELECT folder, file, line, CASE
                    WHEN NOT json_valid(j) THEN 'damaged JSON line'
                    WHEN TRY_CAST(json_extract_string(j, '$.schema_version') AS INTEGER) IS DISTINCT FROM 1
                      THEN 'schema_version ' || coalesce(json_extract(j, '$.schema_version')::VARCHAR, '')
                           || ', this dataset reads 1; line skipped'
                    WHEN json_extract_string(j, '$.doc_id') IS NULL THEN 'record without doc_id' END AS problem
                  FROM stage_lines) WHERE problem IS NOT NULL""");
        String good = " NOT EXISTS (SELECT 1 FROM line_problems p WHERE p.folder = s.folder AND p.file = s.file"
                + " AND p.line = s.line)";
        s.execute("CREATE TABLE in_docs AS SELECT folder, line, md5(j) AS h, d.doc_id, d.source, d.url, d.title,"
                + " d.status, d.sha256, coalesce(d.event_count, 0) AS event_count, d.pipeline, d.dct.value AS dct,"
                + " d.dct.source AS dct_source, d.text FROM (SELECT folder, line, j, from_json(j, '" + DOC_JSON
                + "') AS d FROM stage_lines s WHERE file = 0 AND" + good + ")");
        s.execute("CREATE TABLE win_docs AS SELECT * EXCLUDE (rn) FROM (SELECT *, row_number() OVER"
                + " (PARTITION BY doc_id ORDER BY folder DESC, line DESC) AS rn FROM in_docs) WHERE rn = 1");
        s.execute("CREATE TABLE in_events AS SELECT folder, line, md5(j) AS h, from_json(j, '" + EVENT_JSON
                + "') AS e FROM stage_lines s WHERE file = 1 AND" + good);
        s.execute("""
                INSERT INTO line_problems SELECT folder, 1, line, 'event of unknown document ' || e.doc_id
                FROM in_events i WHERE NOT EXISTS (SELECT 1 FROM in_docs d WHERE d.folder = i.folder
                                                   AND d.doc_id = i.e.doc_id)""");
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
        s.execute("DELETE FROM stage_lines"); // the lines are parsed: free their memory
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
