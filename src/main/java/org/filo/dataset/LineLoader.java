package org.filo.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.filo.dataset.Records.Problem;

/**
 * Copies the lines of extract output folders, as they are, into the staging table {@code stage_lines}, with their
 * folder, file and line number: DuckDB parses them (in parallel, in bounded memory) and a bad line is reported
 * where it is. Java holds one line at a time.
 */
final class LineLoader {
    static final int DOCUMENTS = 0;
    static final int EVENTS = 1;
    static final String TABLE = "CREATE TABLE stage_lines (folder INTEGER, file TINYINT, line BIGINT, j VARCHAR)";

    private LineLoader() {
    }

    /** Appends folder number {@code folder}; a folder that is not an extract output becomes a problem. */
    static void load(DuckDBConnection c, int folder, Path dir, List<Problem> problems) throws IOException, SQLException {
        Path docs = dir.resolve("documents.jsonl");
        Path events = dir.resolve("events.jsonl");
        if (!Files.isRegularFile(docs) || !Files.isRegularFile(events)) {
            problems.add(new Problem(dir.toString(), 0,
                    "not an extract output folder (needs documents.jsonl and events.jsonl)"));
            return;
        }
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stage_lines")) {
            append(a, folder, DOCUMENTS, docs);
            append(a, folder, EVENTS, events);
        }
    }

    private static void append(DuckDBAppender a, int folder, int file, Path path) throws IOException, SQLException {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (!line.isBlank()) {
                    a.beginRow().append(folder).append((byte) file).append(n).append(line).endRow();
                }
            }
        }
    }
}
