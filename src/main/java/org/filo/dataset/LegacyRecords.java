package org.filo.dataset;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Datasets written before the incremental builder kept every input line in {@code filo_records (doc_id, doc_json,
 * events_json)}, the document text left out and each event's sentence saved beside it. Such a dataset is read back
 * as folder 0 of the run and written again whole in today's layout, so that no earlier folder is needed.
 */
final class LegacyRecords {
    private LegacyRecords() {
    }

    /** Stages the old layout's lines, if {@code ds} has it; returns whether it had. */
    static boolean stage(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM duckdb_columns() WHERE database_name = 'ds'"
                + " AND table_name = 'filo_records' AND column_name = 'doc_json'")) {
            r.next();
            if (r.getLong(1) == 0) {
                return false;
            }
        }
        s.execute("INSERT INTO stage_lines SELECT 0, " + LineLoader.DOCUMENTS + ", row_number() OVER (ORDER BY doc_id),"
                + " doc_json FROM ds.filo_records");
        s.execute("INSERT INTO stage_lines SELECT 0, " + LineLoader.EVENTS + ", row_number() OVER (ORDER BY doc_id, i),"
                + " e FROM (SELECT doc_id, unnest(events_json) AS e, unnest(generate_series(1, len(events_json))) AS i"
                + " FROM ds.filo_records)");
        return true;
    }
}
