package org.filo.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.filo.dataset.Records.Problem;

/**
 * Builds or updates the DuckDB dataset. The input lines are parsed by DuckDB; only the documents whose lines
 * differ from what the dataset stored are written, and only the contacts of the participant sets they touch are
 * merged again. The update runs on a copy of the file (a new file for a new dataset) that is renamed over the old
 * one, so a killed run leaves the previous database intact; the same records again leave the file untouched.
 */
public final class DatasetBuilder {
    /** Files written by DuckDB 1.0 and later open in every 1.x client (Python 1.5, CLI, R). */
    static final String STORAGE_VERSION = "v1.0.0";
    /** DuckDB's own memory; beyond it, it spills to the staging folder. */
    private static final String MEMORY_LIMIT = "1GB";

    /** What a run did. */
    public record Outcome(boolean changed, int documents, int mentions, int contacts, List<String> problems) {
    }

    private DatasetBuilder() {
    }

    public static Outcome build(List<Path> folders, Path db, Path codesFile) throws IOException, SQLException {
        EventCodes codes = EventCodes.load(codesFile); // a bad mapping fails before the dataset is touched
        Path staging = Files.createTempDirectory(db.toAbsolutePath().getParent(), ".filo-dataset-");
        try {
            return build(folders, db, codes, staging);
        } finally {
            try (var files = Files.walk(staging)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static Outcome build(List<Path> folders, Path db, EventCodes codes, Path staging)
            throws IOException, SQLException {
        Path fresh = staging.resolve("new.duckdb");
        Properties streaming = new Properties();
        streaming.setProperty("jdbc_stream_results", "true");
        Outcome outcome;
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", streaming);
             Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            s.execute("SET temp_directory = '" + sql(staging.resolve("spill").toString()) + "'");
            s.execute(LineLoader.TABLE);
            boolean exists = Files.exists(db);
            boolean legacy = false;
            if (exists) {
                s.execute("ATTACH '" + sql(db.toString()) + "' AS ds (READ_ONLY)");
                legacy = LegacyRecords.stage(s);
            }
            // Folder 0 is what an older dataset stored as JSON lines; the folders given are 1..n.
            List<Path> sources = new ArrayList<>(List.of(db));
            List<List<Problem>> problemsBy = new ArrayList<>(List.of(new ArrayList<>()));
            for (Path folder : folders) {
                List<Problem> p = new ArrayList<>();
                LineLoader.load(c, sources.size(), folder, p);
                sources.add(folder);
                problemsBy.add(p);
            }
            InputRecords.parse(s, sources, problemsBy);
            List<String> problems = problemsBy.stream().flatMap(List::stream).map(Problem::toString).toList();
            long changed = InputRecords.changed(s, exists && !legacy);
            if (exists && !legacy && changed == 0) {
                outcome = outcome(s, false, problems);
                s.execute("DETACH ds");
                return outcome;
            }
            if (exists) {
                s.execute("DETACH ds");
            }
            if (exists && !legacy) {
                Files.copy(db, fresh);
                Path wal = db.resolveSibling(db.getFileName() + ".wal"); // only after a crash of DuckDB itself
                if (Files.exists(wal)) {
                    Files.copy(wal, fresh.resolveSibling(fresh.getFileName() + ".wal"));
                }
                s.execute("ATTACH '" + sql(fresh.toString()) + "' AS ds");
            } else {
                s.execute("ATTACH '" + sql(fresh.toString()) + "' AS ds (STORAGE_VERSION '" + STORAGE_VERSION + "')");
                for (var t : Tables.COLUMNS.entrySet()) {
                    s.execute("CREATE TABLE ds." + t.getKey() + " (" + t.getValue() + ")");
                }
            }
            DatasetUpdate.apply(c, s);
            ContactStep.merge(c, s, codes);
            DatasetUpdate.actors(s);
            outcome = outcome(s, true, problems);
            s.execute("DETACH ds");
        }
        Files.move(fresh, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return outcome;
    }

    private static Outcome outcome(Statement s, boolean changed, List<String> problems) throws SQLException {
        return new Outcome(changed, count(s, "documents"), count(s, "mentions"), count(s, "contacts"), problems);
    }

    private static int count(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM ds." + table)) {
            r.next();
            return r.getInt(1);
        }
    }

    static String sql(String literal) {
        return literal.replace("'", "''");
    }

    static Properties readOnly() {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return p;
    }
}
