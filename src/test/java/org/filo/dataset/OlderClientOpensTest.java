package org.filo.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file opens in DuckDB 1.5.0 (the oldest 1.5 client users have), and a failed run leaves the old file. */
class OlderClientOpensTest {
    /** DuckDB 1.5.0's JDBC driver, copied there by the pom (generate-test-resources); the test skips without it. */
    private static final Path DUCKDB_150 = Path.of("target/duckdb-1.5.0/duckdb_jdbc-1.5.0.0.jar");

    @TempDir
    Path tmp;

    private Path build() throws Exception {
        Path folder = new DatasetFixtures(tmp.resolve("in"))
                .doc("a1", "https://ansa.it/1", "2016-03-14", "telefonata", "PHONE_CALL OCCURRED 2016-03-14 Putin:RUS Erdogan:TUR")
                .write();
        Path db = tmp.resolve("ds.duckdb");
        DatasetBuilder.build(List.of(folder), db, DatasetBuilderTest.CODES);
        return db;
    }

    @Test
    void duckdb150ReadsTheFile() throws Exception {
        assumeTrue(Files.isRegularFile(DUCKDB_150), "skipped: no DuckDB 1.5.0 driver at " + DUCKDB_150
                + " (the pom copies it in generate-test-resources: run through Maven)");
        Path db = build();
        // A second run updates a copy of the file in place: it must stay at the storage version 1.5.0 reads.
        Path more = new DatasetFixtures(tmp.resolve("more"))
                .doc("b1", "https://tass.ru/1", "2016-03-15", "telefonata", "PHONE_CALL OCCURRED null Putin:RUS Erdogan:TUR")
                .write();
        DatasetBuilder.build(List.of(more), db, DatasetBuilderTest.CODES);
        // Its own class loader, parent the platform's: the project's newer driver is not visible to it.
        try (URLClassLoader old = new URLClassLoader(new URL[] {DUCKDB_150.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) old.loadClass("org.duckdb.DuckDBDriver").getDeclaredConstructor().newInstance();
            Properties ro = new Properties();
            ro.setProperty("duckdb.read_only", "true");
            try (Connection c = driver.connect("jdbc:duckdb:" + db, ro); Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT version()")) {
                    r.next();
                    assertEquals("v1.5.0", r.getString(1));
                }
                try (ResultSet r = s.executeQuery("SELECT contact_id, num_articles, cameo FROM contacts")) {
                    r.next();
                    assertEquals("C:a1#E1 2 041", r.getString(1) + " " + r.getInt(2) + " " + r.getString(3));
                }
            }
        }
    }

    @Test
    void aFailedRunLeavesThePreviousDatabase() throws Exception {
        Path db = build();
        byte[] before = Files.readAllBytes(db);
        Path more = new DatasetFixtures(tmp.resolve("more"))
                .doc("b1", null, "2016-03-15", "incontro", "MEETING OCCURRED 2016-03-15 Putin:RUS Erdogan:TUR")
                .write();
        Path brokenCodes = Files.writeString(tmp.resolve("codes.tsv"), "PHONE_CALL\t*\n");
        assertThrows(IllegalArgumentException.class, () -> DatasetBuilder.build(List.of(more), db, brokenCodes));
        assertEquals(java.util.Arrays.hashCode(before), java.util.Arrays.hashCode(Files.readAllBytes(db)));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith(".filo-dataset-")).toList());
        }
    }
}
