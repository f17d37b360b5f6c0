package org.filo.eval;

import static org.filo.eval.TimexScoringTest.assertPrf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event scores on one hand-made document; the expected numbers are worked out in the comments. */
class EventScoringTest {
    // The emoji is outside the BMP: code-point offsets and String indices differ after it.
    static final String TEXT = "🙂 Titolo\nAustin ha chiamato Shoigu. Milley ha cercato Gerasimov."
            + " Colloqui a Abu Dhabi."
            + " Linea di disimpegno. Biden ha parlato con Putin martedì per due ore. Fine.";
    static final String BIDEN = "Biden ha parlato con Putin martedì per due ore.";

    private EvalReport report;

    @BeforeEach
    void score(@TempDir Path dir) {
        Path gold = dir.resolve("gold");
        Path out = dir.resolve("out");
        Folders.manifest(gold, "d1");
        Folders.write(gold, "timex.jsonl");
        Folders.write(gold, "events.jsonl",
                gold("E1", "PHONE_CALL", "OCCURRED", "[['austin'],['shoigu']]", "['austin']", "'2022-05-13'", "'PT1H'",
                        "Austin ha chiamato Shoigu"),
                gold("E2", "PHONE_CALL", "REFUSED", "[['austin'],['shoigu']]", "['austin']", "null", "null",
                        "Austin ha chiamato Shoigu"),
                // distributive reading: Milley–Gerasimov is an event of its own
                gold("E3", "PHONE_CALL", "REFUSED", "[['milley'],['gerasimov']]", "['milley']", "null", "null",
                        "Milley ha cercato Gerasimov"),
                gold("E4", "MEETING", "OCCURRED", "[['usa','witkoff','kushner'],['rus'],['ukr','umerov']]", "null",
                        "'2026-02-05'", "null", "Colloqui a Abu Dhabi"),
                gold("E5", "HOTLINE", "ESTABLISHED", "[['usa'],['rus']]", "null", "'2022-03-01'", "null",
                        "Linea di disimpegno"),
                gold("E6", "UNSPECIFIED", "OCCURRED", "[['biden'],['putin']]", "null", "'2021-12-07'", "'PT2H'",
                        "Biden ha parlato con Putin"));
        String jsonText = TEXT.replace("\n", "\\n");
        Folders.write(out, "documents.jsonl", "{'doc_id':'d1','status':'OK','text':'" + jsonText + "','actors':["
                + "{'id':'A1','kind':'PERSON','name':'Lloyd Austin','country':'USA'},"
                + "{'id':'A2','kind':'PERSON','name':'Sergei Shoigu','country':'RUS'},"
                + "{'id':'A3','kind':'PERSON','name':'Mark Milley','country':'USA'},"
                + "{'id':'A4','kind':'PERSON','name':'Valery Gerasimov','country':'RUS'},"
                + "{'id':'A9','kind':'COUNTRY','name':'Stati Uniti','country':'USA'}],'timexes':[]}",
                "{'doc_id':'x9','status':'OK','text':'altro','actors':[],'timexes':[]}");
        String austin = "{'actor':'A1','kind':'PERSON','name':'Lloyd Austin','country':'USA'}";
        String shoigu = "{'actor':'A2','kind':'PERSON','name':'Sergei Shoigu','country':'RUS'}";
        String milley = "{'actor':'A3','kind':'PERSON','name':'Mark Milley','country':'USA'}";
        String gerasimov = "{'actor':'A4','kind':'PERSON','name':'Valery Gerasimov','country':'RUS'}";
        String russia = "{'actor':'A5','kind':'COUNTRY','name':'Russia','country':'RUS'}";
        Folders.write(out, "events.jsonl",
                // S1 = E1 with every field right (PT60M = PT1H)
                system("S1", "PHONE_CALL", "OCCURRED", austin + "," + shoigu, "'A1'", "'2022-05-13'", "'PT60M'",
                        "Austin ha chiamato Shoigu."),
                // S2: a second record of the call S1 took; E2 is S3's (4 agreeing fields against 1): FP
                system("S2", "PHONE_CALL", "OCCURRED", austin + "," + shoigu, "null", "'2022-05-13'", "null",
                        "Austin ha chiamato Shoigu."),
                // S3 = E2, nulls agreeing with nulls
                system("S3", "PHONE_CALL", "REFUSED", austin + "," + shoigu, "'A1'", "null", "null",
                        "Austin ha chiamato Shoigu."),
                // S4 = E3, initiator found among the participants, duration where gold has none
                system("S4", "PHONE_CALL", "REFUSED", milley + "," + gerasimov, "'A3'", "null", "'PT10M'",
                        "Milley ha cercato Gerasimov."),
                // S5 merges the distributive reading: 2 filled / (2 slots + 2 unfilling) = 0.5, not above: FP
                system("S5", "PHONE_CALL", "REFUSED", austin + "," + milley + "," + shoigu + "," + gerasimov, "null",
                        "null", "null", "Milley ha cercato Gerasimov."),
                // S6 = E4: Witkoff and Kushner both fill the US slot, overlap 3/3; date missing
                system("S6", "MEETING", "OCCURRED", "{'actor':'A6','kind':'PERSON','name':'Steve Witkoff'},"
                        + "{'actor':'A7','kind':'PERSON','name':'Jared Kushner'}," + russia + ","
                        + "{'actor':'A8','kind':'COUNTRY','name':'Ucraina','country':'UKR'}", "null", "null", "null",
                        "Colloqui a Abu Dhabi."),
                // S7 = E5 identified with NATO filling no slot: overlap 2/3; initiator A9 (a document actor) ≠ null
                system("S7", "HOTLINE", "ESTABLISHED", "{'actor':'A9','kind':'COUNTRY','name':'Stati Uniti','country':"
                        + "'USA'}," + russia + ",{'actor':'A10','kind':'ORGANIZATION','name':'NATO'}", "'A9'",
                        "'2022-03-01'", "null", "Linea di disimpegno."),
                // S8 has E6's parties but the wrong channel: FP, and E6 is missed
                system("S8", "MEETING", "OCCURRED", "{'actor':'A11','kind':'PERSON','name':'Joe Biden'},"
                        + "{'actor':'A12','kind':'PERSON','name':'Vladimir Putin'}", "null", "'2021-12-07'", "'PT2H'",
                        BIDEN),
                // an event of a document the gold does not have: ignored
                "{'doc_id':'x9','event_id':'x9#E1','channel':'MEETING','status':'OCCURRED','participants':[],"
                        + "'initiator':null,'date':null,'duration':null,'mentions':[]}");
        report = Evaluator.evaluate(gold, out);
    }

    @Test
    void identificationAndFullRecord() {
        EventScores e = report.events();
        // pairs S1-E1, S3-E2, S4-E3, S6-E4, S7-E5; S2, S5, S8 spurious; E6 missed
        assertPrf(e.identification(), 5, 8, 6, 5.0 / 8, 5.0 / 6, 10.0 / 14);
        // full: S1-E1, S3-E2, S4-E3 (duration is not part of it); S6-E4 lacks the date, S7-E5 has overlap 2/3
        assertPrf(e.fullRecord(), 3, 8, 6, 3.0 / 8, 3.0 / 6, 6.0 / 14);
        assertEquals(1, e.systemOutsideGold());
        assertEquals(1, report.outputDocumentsOutsideGold());
    }

    @Test
    void accuraciesOverIdentifiedPairs() {
        EventScores e = report.events();
        assertEquals(List.of(4, 5), counts(e.participants()), "S7-E5 overlap 2/3");
        assertEquals(List.of(5, 5), counts(e.status()));
        assertEquals(List.of(4, 5), counts(e.date()), "S6 null against 2026-02-05; S3 null = E2 null");
        assertEquals(List.of(4, 5), counts(e.initiator()), "S7 A9 against null; S6 null = E4 null");
        assertEquals(List.of(4, 5), counts(e.duration()), "S4 PT10M against null; S1 PT60M = PT1H");
    }

    @Test
    void listingSaysWhy() {
        EventScores e = report.events();
        assertEquals(1, e.missed().size());
        EventListing.Missed missed = e.missed().get(0);
        assertEquals("E6", missed.goldEvent());
        assertEquals(BIDEN, missed.sentence(), "the evidence widened to its sentence, code points converted");
        assertEquals("channel differs: output S8 (overlap 2/2) is MEETING", missed.why());

        assertEquals(List.of("S2", "S5", "S8"), e.spurious().stream().map(EventListing.Spurious::systemEvent).toList());
        assertEquals("gold E1 (overlap 2/2) is already paired with output S1 (duplicate record?)",
                e.spurious().get(0).why());
        assertEquals("participant overlap too low: gold E1 has 2/4 (needs more than 1/2)", e.spurious().get(1).why());
        assertEquals(BIDEN, e.spurious().get(2).sentence());

        assertEquals(List.of("E3:duration", "E4:date", "E5:participants", "E5:initiator"), e.wrongFields().stream()
                .flatMap(w -> w.differences().stream().map(d -> w.goldEvent() + ":" + d.field())).toList());
        assertEquals(List.of(), report.warnings());
    }

    private static List<Integer> counts(Accuracy a) {
        return List.of(a.correct(), a.total());
    }

    private static String gold(String id, String channel, String status, String slots, String initiator, String date,
                               String duration, String evidence) {
        return "{'doc_id':'d1','event':'" + id + "','channel':'" + channel + "','status':'" + status
                + "','participants':" + slots + ",'initiator':" + initiator + ",'date':" + date + ",'duration':"
                + duration + ",'evidence':{" + Folders.at(TEXT, evidence) + ",'text':'" + evidence + "'}}";
    }

    private static String system(String id, String channel, String status, String participants, String initiator,
                                 String date, String duration, String sentence) {
        return "{'doc_id':'d1','event_id':'" + id + "','channel':'" + channel + "','status':'" + status
                + "','participants':[" + participants + "],'initiator':" + initiator + ",'date':{'value':" + date
                + ",'timex':null,'source':null},'duration':" + ("null".equals(duration) ? "null"
                : "{'value':" + duration + ",'timex':null}") + ",'mentions':[{'trigger':{"
                + Folders.at(TEXT, sentence) + "},'sentence':{" + Folders.at(TEXT, sentence) + "}}]}";
    }
}
