package org.filo.dataset;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reading a built dataset: the summary a user wants first, and exports written by DuckDB's COPY. */
public final class DatasetQueries {
    private DatasetQueries() {
    }

    public static void summary(Path db, PrintWriter out) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, DatasetBuilder.readOnly());
             Statement s = c.createStatement()) {
            for (String t : Tables.PUBLIC) {
                out.printf("%-21s %d%n", t, scalar(s, "SELECT count(*) FROM " + t));
            }
            out.println("contacts by channel and status:");
            table(s, out, "SELECT channel, status, count(*) AS n FROM contacts GROUP BY ALL ORDER BY n DESC, channel, status");
            out.println("contacts reported by more than one article: "
                    + scalar(s, "SELECT count(*) FROM contacts WHERE num_articles > 1"));
            out.println("top pairs of actors:");
            table(s, out, """
                    SELECT a1.name || ' – ' || a2.name AS pair, count(*) AS contacts, sum(c.num_articles) AS articles
                    FROM contacts c
                    JOIN contact_participants p1 ON p1.contact_id = c.contact_id
                    JOIN contact_participants p2 ON p2.contact_id = c.contact_id AND p1.actor_id < p2.actor_id
                    JOIN actors a1 ON a1.actor_id = p1.actor_id JOIN actors a2 ON a2.actor_id = p2.actor_id
                    GROUP BY ALL ORDER BY contacts DESC, articles DESC, pair LIMIT 10""");
        }
        out.flush();
    }

    /** Every public table, plus the GDELT-layout file, as {@code format} (csv or parquet) in {@code dir}. */
    public static void export(Path db, Path dir, String format) throws SQLException, IOException {
        if (!format.equals("csv") && !format.equals("parquet")) {
            throw new IllegalArgumentException("--format must be csv or parquet, not " + format);
        }
        Files.createDirectories(dir);
        String options = format.equals("csv") ? "(FORMAT csv, HEADER true, DELIMITER ',', QUOTE '\"')"
                : "(FORMAT parquet)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, DatasetBuilder.readOnly());
             Statement s = c.createStatement()) {
            for (String t : Tables.PUBLIC) {
                // CSV has no lists: they go out as JSON arrays, which every CSV reader keeps in one field.
                String select = format.equals("csv") ? "SELECT " + csvColumns(s, t) + " FROM " + t : "SELECT * FROM " + t;
                copy(s, select, dir.resolve(t + "." + format), options);
            }
            copy(s, Tables.GDELT, dir.resolve("gdelt_events." + format), options);
        }
    }

    private static String csvColumns(Statement s, String table) throws SQLException {
        StringBuilder cols = new StringBuilder();
        try (ResultSet r = s.executeQuery("SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_name = '" + table + "' ORDER BY ordinal_position")) {
            while (r.next()) {
                String name = r.getString(1);
                boolean nested = r.getString(2).endsWith("[]") || r.getString(2).startsWith("STRUCT");
                cols.append(cols.length() > 0 ? ", " : "")
                        .append(nested ? "to_json(" + name + ")::VARCHAR AS " + name : name);
            }
        }
        return cols.toString();
    }

    private static void copy(Statement s, String select, Path file, String options) throws SQLException {
        s.execute("COPY (" + select + ") TO '" + DatasetBuilder.sql(file.toString()) + "' " + options);
    }

    private static long scalar(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void table(Statement s, PrintWriter out, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder line = new StringBuilder("  ");
                for (int i = 1; i <= n; i++) {
                    line.append(i > 1 ? "  " : "").append(r.getString(i));
                }
                out.println(line);
            }
        }
    }
}
