package org.filo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timex scores on a hand-made document; expected numbers worked out by hand in the comments. */
class TimexScoringTest {
    private static final double EPS = 1e-9;

    @Test
    void strictRelaxedValueTypeModAndIgnoredLines(@TempDir Path dir) {
        Path gold = dir.resolve("gold");
        Path out = dir.resolve("out");
        Folders.manifest(gold, "d1");
        Folders.write(gold, "events.jsonl");
        Folders.write(gold, "timex.jsonl",
                "{'doc_id':'d1','start':10,'end':20,'text':'a','type':'DATE','value':'2022-02-18','mod':null}",
                "{'doc_id':'d1','start':30,'end':40,'text':'b','type':'DURATION','value':'PT90M','mod':null}",
                "{'doc_id':'d1','start':50,'end':60,'text':'c','type':'DATE','value':'2022-03','mod':'START'}",
                "{'doc_id':'d1','start':70,'end':80,'text':'pochi giorni','type':'DURATION','value':'PXD','mod':null}",
                "{'doc_id':'d1','start':90,'end':100,'text':'e','type':'DATE','value':'2022-05-13','mod':null}");
        Folders.write(out, "events.jsonl");
        Folders.write(out, "documents.jsonl", "{'doc_id':'d1','status':'OK','text':'','actors':[],'timexes':["
                // S1 = G1 exactly: strict, value, type, mod right
                + "{'id':'X1','type':'DATE','start':10,'end':20,'value':'2022-02-18','mod':null},"
                // S2 overlaps G2 (relaxed only); PT1.5H = PT90M
                + "{'id':'X2','type':'DURATION','start':28,'end':40,'value':'PT1.5H','mod':null},"
                // S3 = G3 exactly, mod missing
                + "{'id':'X3','type':'DATE','start':50,'end':60,'value':'2022-03','mod':null},"
                // S4 lies on the ignored PXD line: neither right nor wrong
                + "{'id':'X4','type':'DURATION','start':72,'end':78,'value':'P3D','mod':null},"
                // S5 overlaps G5, wrong value and type
                + "{'id':'X5','type':'TIME','start':92,'end':96,'value':'2022-05-14','mod':null},"
                // S6 matches nothing: false positive
                + "{'id':'X6','type':'DATE','start':110,'end':115,'value':'2022','mod':null},"
                // S7 is a generic reference: ignored in system output
                + "{'id':'X7','type':'DATE','start':0,'end':5,'value':'PRESENT_REF','mod':null},"
                // S8 overlaps G1, which S1 took: one-to-one makes it a false positive
                + "{'id':'X8','type':'DATE','start':12,'end':18,'value':'2022-02-18','mod':null}"
                + "]}");

        TimexScores t = Evaluator.evaluate(gold, out).timexes();

        // gold scored 4 (G1 G2 G3 G5), output scored 6 (S1 S2 S3 S5 S6 S8); matches S1-G1 S3-G3 S2-G2 S5-G5
        assertEquals(1, t.goldIgnored());
        assertEquals(1, t.systemIgnored());
        assertEquals(1, t.systemOnIgnoredGold());
        assertPrf(t.strict(), 2, 6, 4, 2.0 / 6, 2.0 / 4, 4.0 / 10);
        assertPrf(t.relaxed(), 4, 6, 4, 4.0 / 6, 1.0, 8.0 / 10);
        // equal values: S1, S2 (PT1.5H = PT90M), S3; not S5
        assertPrf(t.value(), 3, 6, 4, 3.0 / 6, 3.0 / 4, 6.0 / 10);
        assertEquals(0.75, t.valueAccuracy().value(), EPS);
        assertEquals(0.75, t.type().value(), EPS);
        assertEquals(0.75, t.mod().value(), EPS);
        // listing: nothing missed; S6 and S8 spurious; differing pairs in gold order
        assertEquals(List.of(), t.missed());
        assertEquals(List.of(110, 12), t.spurious().stream().map(TimexListing.Row::start).toList());
        assertEquals(List.of("30:[extent]", "50:[mod]", "90:[extent, value, type]"), t.mismatched().stream()
                .map(m -> m.gold().start() + ":" + m.differs()).toList());
    }

    @Test
    void identicalExtentIsMatchedBeforeALargerOverlap(@TempDir Path dir) {
        Path gold = dir.resolve("gold");
        Path out = dir.resolve("out");
        Folders.manifest(gold, "d1");
        Folders.write(gold, "events.jsonl");
        Folders.write(gold, "timex.jsonl",
                "{'doc_id':'d1','start':10,'end':20,'text':'a','type':'DATE','value':'2022','mod':null}",
                "{'doc_id':'d1','start':20,'end':30,'text':'b','type':'DATE','value':'2023','mod':null}");
        Folders.write(out, "events.jsonl");
        // The long span overlaps gold 1 by 10 and gold 2 by 10; the short one is gold 2 exactly.
        Folders.write(out, "documents.jsonl", "{'doc_id':'d1','text':'','timexes':["
                + "{'type':'DATE','start':10,'end':30,'value':'2022','mod':null},"
                + "{'type':'DATE','start':20,'end':30,'value':'2023','mod':null}]}");

        TimexScores t = Evaluator.evaluate(gold, out).timexes();

        assertPrf(t.strict(), 1, 2, 2, 0.5, 0.5, 0.5);
        assertPrf(t.relaxed(), 2, 2, 2, 1.0, 1.0, 1.0);
        assertPrf(t.value(), 2, 2, 2, 1.0, 1.0, 1.0);
    }

    @Test
    void noOutputTimexesGiveUndefinedPrecisionAndZeroF1(@TempDir Path dir) {
        Path gold = dir.resolve("gold");
        Path out = dir.resolve("out");
        Folders.manifest(gold, "d1");
        Folders.write(gold, "events.jsonl");
        Folders.write(gold, "timex.jsonl",
                "{'doc_id':'d1','start':10,'end':20,'text':'a','type':'DATE','value':'2022','mod':null}");
        Folders.write(out, "events.jsonl");
        Folders.write(out, "documents.jsonl", "{'doc_id':'d1','text':'','timexes':[]}");

        TimexScores t = Evaluator.evaluate(gold, out).timexes();

        assertEquals(null, t.strict().precision());
        assertEquals(0.0, t.strict().recall());
        assertEquals(0.0, t.strict().f1());
        assertEquals(null, t.valueAccuracy().value());
    }

    static void assertPrf(Prf p, int tp, int system, int gold, double precision, double recall, double f1) {
        assertEquals(tp, p.truePositives(), "true positives");
        assertEquals(system, p.system(), "system count");
        assertEquals(gold, p.gold(), "gold count");
        assertEquals(precision, p.precision(), EPS, "precision");
        assertEquals(recall, p.recall(), EPS, "recall");
        assertEquals(f1, p.f1(), EPS, "F1");
    }
}
