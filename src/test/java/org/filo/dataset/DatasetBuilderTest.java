package org.filo.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetBuilderTest {
    static final Path CODES = Path.of("models/dataset/event-codes.tsv");
    static final String CALL = "telefonata tra Putin ed Erdogan";

    @TempDir
    Path tmp;

    static List<String> rows(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db, DatasetBuilder.readOnly());
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? " " : "").append(r.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private Path day1() throws Exception {
        return new DatasetFixtures(tmp.resolve("day1"))
                .doc("a1", "https://www.ansa.it/1", "2016-03-14", CALL,
                        "PHONE_CALL OCCURRED 2016-03-14 Vladimir_Putin:RUS Recep_Erdogan:TUR")
                .doc("a2", "https://ansa.it/2", "2016-03-14", CALL,
                        "PHONE_CALL OCCURRED 2016-03-14 Putin:RUS Recep_Erdogan:TUR")
                .doc("b1", "https://corriere.it/1", "2016-03-10", "incontro previsto a marzo",
                        "MEETING PLANNED 2016-03 Sergei_Lavrov:RUS John_Kerry:USA")
                .write();
    }

    @Test
    void duplicateArticlesGiveOneContactCountedTwiceFromOneSite() throws Exception {
        Path db = tmp.resolve("ds.duckdb");
        DatasetBuilder.Outcome o = DatasetBuilder.build(List.of(day1()), db, CODES);
        assertEquals(List.of(), o.problems());
        assertEquals(List.of("C:a1#E1 PHONE_CALL 2 2 1 041 phone"), rows(db, "SELECT contact_id, channel, num_mentions,"
                + " num_articles, num_sources, cameo, plover_mode FROM contacts WHERE channel = 'PHONE_CALL'"));
        // "Putin" alone is the one Putin of the corpus.
        assertEquals(List.of("PERSON:vladimir-putin [Putin, Vladimir Putin] 2"),
                rows(db, "SELECT actor_id, aliases, num_documents FROM actors WHERE actor_id LIKE '%putin'"));
    }

    @Test
    void anActorKeepsEveryFormAndRoleAndNamesItselfByItsFullName() throws Exception {
        Path folder = new DatasetFixtures(tmp.resolve("lavrov"))
                .doc("d1", null, "2016-03-14", "incontro", "MEETING OCCURRED 2016-03-14 Sergei_Lavrov:RUS John_Kerry:USA")
                .doc("d2", null, "2016-04-14", "incontro", "MEETING OCCURRED 2016-04-14 Lavrov:- John_Kerry:USA")
                .doc("d3", null, "2016-05-14", "incontro",
                        "MEETING OCCURRED 2016-05-14 Lavrov:RUS:P:ministro_degli_Esteri_russo John_Kerry:USA")
                .write();
        Path db = tmp.resolve("ds.duckdb");
        DatasetBuilder.build(List.of(folder), db, CODES);
        assertEquals(List.of("PERSON Sergei Lavrov RUS [ministro degli Esteri russo] [Lavrov, Sergei Lavrov] 3",
                        "PERSON John Kerry USA [] [John Kerry] 3"),
                rows(db, "SELECT kind, name, country, roles, aliases, num_documents FROM actors ORDER BY actor_id DESC"));
    }

    @Test
    void aLaterArticleJoinsAPlannedContactKeepingItsIdAndStatusPath() throws Exception {
        Path db = tmp.resolve("ds.duckdb");
        DatasetBuilder.build(List.of(day1()), db, CODES);
        Path day2 = new DatasetFixtures(tmp.resolve("day2"))
                .doc("c1", "https://repubblica.it/1", "2016-03-17", "incontrato ieri Kerry a Mosca",
                        "MEETING OCCURRED 2016-03-16 Lavrov:RUS John_Kerry:USA")
                .write();
        DatasetBuilder.Outcome o = DatasetBuilder.build(List.of(day2), db, CODES);
        assertTrue(o.changed());
        assertEquals(List.of("C:b1#E1 OCCURRED 2016-03-16 day 2 2 [date_precision, date]"
                        + " [{'status': PLANNED, 'reported': 2016-03-10}, {'status': OCCURRED, 'reported': 2016-03-17}]"),
                rows(db, "SELECT contact_id, status, date, date_precision, num_articles, num_sources, conflicts,"
                        + " status_history FROM contacts WHERE channel = 'MEETING'"));
        assertEquals(List.of("4"), rows(db, "SELECT count(*) FROM documents"));
    }

    @Test
    void runningAgainChangesNothingAndInputOrderDoesNotMatter() throws Exception {
        Path folder = day1();
        Path db = tmp.resolve("ds.duckdb");
        DatasetBuilder.build(List.of(folder), db, CODES);
        List<String> before = rows(db, "SELECT * FROM contacts ORDER BY contact_id");
        long modified = Files.getLastModifiedTime(db).toMillis();
        DatasetBuilder.Outcome again = DatasetBuilder.build(List.of(folder), db, CODES);
        assertFalse(again.changed());
        assertEquals(modified, Files.getLastModifiedTime(db).toMillis());
        assertEquals(before, rows(db, "SELECT * FROM contacts ORDER BY contact_id"));
    }

    /** Every public table, ordered, as text: what two ways of building must agree on. */
    private static List<String> tables(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        for (String t : Tables.PUBLIC) {
            out.add(t + ": " + rows(db, "SELECT * FROM " + t + " ORDER BY ALL"));
        }
        return out;
    }

    @Test
    void aNewFullNameMovesAnEarlierSurnameAndTheFolderByFolderBuildEqualsTheWholeOne() throws Exception {
        Path first = new DatasetFixtures(tmp.resolve("first"))
                .doc("a1", "https://ansa.it/a1", "2016-03-14", "incontro", "MEETING OCCURRED 2016-03-14 Lavrov:RUS John_Kerry:USA")
                .doc("a2", "https://ansa.it/a2", "2016-05-02", CALL, "PHONE_CALL OCCURRED 2016-05-02 Putin:RUS Erdogan:TUR")
                .write();
        Path second = new DatasetFixtures(tmp.resolve("second"))
                .doc("b1", "https://tass.ru/b1", "2016-03-15", "incontro",
                        "MEETING OCCURRED 2016-03-14 Sergei_Lavrov:RUS John_Kerry:USA")
                .doc("b2", "https://tass.ru/b2", "2016-05-03", CALL, "PHONE_CALL OCCURRED null Putin:RUS Erdogan:TUR")
                .write();
        Path stepwise = tmp.resolve("stepwise.duckdb");
        DatasetBuilder.build(List.of(first), stepwise, CODES);
        assertEquals(List.of("PERSON:lavrov"), rows(stepwise, "SELECT actor_id FROM actors WHERE actor_id LIKE '%lavrov'"));
        DatasetBuilder.build(List.of(second), stepwise, CODES);
        // "Lavrov" is now the one Sergei Lavrov of the dataset: a1's mention joins b1's contact, keeping a1's id.
        assertEquals(List.of("C:a1#E1 2 2", "C:a2#E1 2 2"),
                rows(stepwise, "SELECT contact_id, num_articles, num_sources FROM contacts ORDER BY contact_id"));
        assertEquals(List.of("PERSON:sergei-lavrov"), rows(stepwise, "SELECT actor_id FROM actors WHERE actor_id LIKE '%lavrov'"));
        Path whole = tmp.resolve("whole.duckdb");
        DatasetBuilder.build(List.of(second, first), whole, CODES);
        assertEquals(tables(whole), tables(stepwise));
    }

    @Test
    void aDatasetOfTheEarlierLayoutIsReadBackWithoutItsFolders() throws Exception {
        // The whole-rebuild builder kept each document's line (no text) and its event lines (sentence beside them).
        Path db = tmp.resolve("old.duckdb");
        String doc = "{\"schema_version\":1,\"doc_id\":\"a1\",\"source\":\"ansa/2016-03-14/a1.txt\",\"url\":null,"
                + "\"status\":\"OK\",\"dct\":{\"value\":\"2016-03-14\",\"source\":\"manifest\"},\"event_count\":1}";
        String event = "{\"schema_version\":1,\"event_id\":\"a1#E1\",\"doc_id\":\"a1\",\"channel\":\"PHONE_CALL\","
                + "\"status\":\"OCCURRED\",\"participants\":[{\"actor\":\"A1\",\"kind\":\"PERSON\",\"name\":\"Putin\","
                + "\"country\":\"RUS\",\"role\":null},{\"actor\":\"A2\",\"kind\":\"PERSON\",\"name\":\"Erdogan\","
                + "\"country\":\"TUR\",\"role\":null}],\"initiator\":\"A1\",\"date\":{\"value\":\"2016-03-14\"},"
                + "\"mentions\":[{\"trigger\":{\"text\":\"telefonata\"},\"sentence\":{\"start\":0,\"end\":10}}],"
                + "\"confidence\":0.8,\"sentence_text\":\"telefonata tra Putin ed Erdogan\"}";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE filo_records (doc_id VARCHAR, doc_json VARCHAR, events_json VARCHAR[])");
            s.execute("INSERT INTO filo_records VALUES ('a1', '" + doc + "', ['" + event + "'])");
        }
        DatasetBuilder.Outcome o = DatasetBuilder.build(List.of(), db, CODES);
        assertTrue(o.changed());
        assertEquals(List.of("C:a1#E1 PHONE_CALL PERSON:putin 041 [ansa/2016-03-14/a1.txt]"),
                rows(db, "SELECT contact_id, channel, initiator_id, cameo, source_urls FROM contacts"));
        assertEquals(List.of("telefonata tra Putin ed Erdogan ansa"),
                rows(db, "SELECT sentence, site FROM mentions JOIN documents USING (doc_id)"));
        assertFalse(DatasetBuilder.build(List.of(), db, CODES).changed());
    }

    @Test
    void aReExtractedDocumentReplacesItsMentions() throws Exception {
        Path db = tmp.resolve("ds.duckdb");
        DatasetBuilder.build(List.of(day1()), db, CODES);
        Path redo = new DatasetFixtures(tmp.resolve("redo"))
                .doc("b1", "https://corriere.it/1", "2016-03-10", "incontro previsto a marzo")
                .write();
        DatasetBuilder.build(List.of(redo), db, CODES);
        assertEquals(List.of("0"), rows(db, "SELECT count(*) FROM mentions WHERE doc_id = 'b1'"));
        assertEquals(List.of("1"), rows(db, "SELECT count(*) FROM contacts"));
    }

    @Test
    void badInputIsReportedWithFileAndLineAndTheRestLoads() throws Exception {
        Path folder = new DatasetFixtures(tmp.resolve("bad"))
                .doc("a1", null, "2016-03-14", CALL, "PHONE_CALL OCCURRED 2016-03-14 Vladimir_Putin:RUS Erdogan:TUR")
                .rawEventLine("{\"schema_version\":1,\"event_id\":\"a1#E2\",")
                .rawEventLine("{\"schema_version\":2,\"event_id\":\"a1#E3\",\"doc_id\":\"a1\"}")
                .write();
        Path notExtract = Files.createDirectories(tmp.resolve("photos"));
        Path db = tmp.resolve("ds.duckdb");
        DatasetBuilder.Outcome o = DatasetBuilder.build(List.of(folder, notExtract), db, CODES);
        assertEquals(3, o.problems().size(), o.problems().toString());
        assertTrue(o.problems().get(0).startsWith(folder.resolve("events.jsonl") + ":2: damaged JSON line"));
        assertTrue(o.problems().get(1).startsWith(folder.resolve("events.jsonl") + ":3: schema_version 2"));
        assertTrue(o.problems().get(2).contains("not an extract output folder"));
        assertEquals(List.of("1 batch"), rows(db, "SELECT count(*), any_value(site) FROM mentions JOIN documents USING (doc_id)"));
    }

    @Test
    void exportsEveryTableAndTheGdeltLayout() throws Exception {
        Path db = tmp.resolve("ds.duckdb");
        DatasetBuilder.build(List.of(day1()), db, CODES);
        Path csv = tmp.resolve("csv");
        DatasetQueries.export(db, csv, "csv");
        DatasetQueries.export(db, tmp.resolve("pq"), "parquet");
        for (String t : List.of("documents", "mentions", "actors", "contacts", "contact_participants", "gdelt_events")) {
            assertTrue(Files.size(csv.resolve(t + ".csv")) > 0, t);
            assertTrue(Files.size(tmp.resolve("pq").resolve(t + ".parquet")) > 0, t);
        }
        List<String> gdelt = Files.readAllLines(csv.resolve("gdelt_events.csv"));
        assertEquals("GLOBALEVENTID,SQLDATE,Actor1Code,Actor1Name,Actor1CountryCode,Actor2Code,Actor2Name,"
                + "Actor2CountryCode,EventCode,EventRootCode,NumMentions,NumSources,NumArticles,SOURCEURL", gdelt.get(0));
        assertEquals(3, gdelt.size(), gdelt.toString());
    }
}
