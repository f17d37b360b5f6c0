package org.filo.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScorerTest {
    // Two sentences. Gold entities: [Sergio Mattarella]PER, [Roma]LOC, [Vladimir Putin]PER, [Cremlino]ORG,
    // [Nato]ORG = 5 (PER 2, LOC 1, ORG 2).
    private static final String GOLD = """
            Sergio\tB-PER
            Mattarella\tI-PER
            a\tO
            Roma\tB-LOC
            .\tO

            Vladimir\tB-PER
            Putin\tI-PER
            dal\tO
            Cremlino\tB-ORG
            e\tO
            la\tO
            Nato\tB-ORG
            """;

    // The tagger's IO labels: PER span right; LOC right; "Putin" alone is a boundary error (one FP and
    // one FN for PER); Cremlino tagged LOC is a type error (FP for LOC, FN for ORG); Nato right;
    // "a" tagged ORG is a spurious entity (FP for ORG).
    private static final List<List<String>> PREDICTED = List.of(
            List.of("PER", "PER", "ORG", "LOC", "O"),
            List.of("O", "PER", "O", "LOC", "O", "O", "ORG"));

    private static List<List<String>> gold() throws IOException {
        return BioTsv.parse(new BufferedReader(new StringReader(GOLD)), "gold").stream()
                .map(TaggedSentence::labels).toList();
    }

    @Test
    void scoresExactSpansPerTypeAndOverall() throws IOException {
        NerScore score = NerScorer.score(gold(), PREDICTED);
        // PER: tp 1 (Sergio Mattarella), fp 1 (Putin), fn 1 (Vladimir Putin) → P 1/2, R 1/2, F1 1/2.
        assertEquals(new NerScore.Counts(1, 1, 1), score.byType().get("PER"));
        // LOC: tp 1 (Roma), fp 1 (Cremlino) → P 1/2, R 1/1, F1 2/3.
        assertEquals(new NerScore.Counts(1, 1, 0), score.byType().get("LOC"));
        // ORG: tp 1 (Nato), fp 1 ("a"), fn 1 (Cremlino) → P 1/2, R 1/2.
        assertEquals(new NerScore.Counts(1, 1, 1), score.byType().get("ORG"));
        assertEquals(List.of("LOC", "ORG", "PER"), List.copyOf(score.byType().keySet()));
        // Overall: tp 3, fp 3, fn 2 → P 3/6 = 0.5, R 3/5 = 0.6, F1 = 2·0.3/1.1 = 6/11.
        NerScore.Counts all = score.overall();
        assertEquals(new NerScore.Counts(3, 3, 2), all);
        assertEquals(0.5, all.precision(), 1e-12);
        assertEquals(0.6, all.recall(), 1e-12);
        assertEquals(6.0 / 11.0, all.f1(), 1e-12);
        assertEquals(2.0 / 3.0, score.byType().get("LOC").f1(), 1e-12);
    }

    @Test
    void perfectPredictionScoresOne() throws IOException {
        NerScore score = NerScorer.score(gold(), gold());
        assertEquals(new NerScore.Counts(5, 0, 0), score.overall());
        assertEquals(1.0, score.overall().f1(), 1e-12);
    }

    @Test
    void readsSpansTheConllWay() {
        assertEquals(List.of(new EntitySpan(0, 1, "PER"), new EntitySpan(1, 2, "PER")),
                EntitySpan.fromLabels(List.of("B-PER", "B-PER")));
        // I- after O or after another type opens an entity, as conlleval does.
        assertEquals(List.of(new EntitySpan(1, 2, "LOC"), new EntitySpan(2, 4, "ORG")),
                EntitySpan.fromLabels(List.of("O", "I-LOC", "I-ORG", "I-ORG")));
        // IO: adjacent same-type words are one entity.
        assertEquals(List.of(new EntitySpan(0, 2, "PER"), new EntitySpan(2, 3, "ORG")),
                EntitySpan.fromLabels(List.of("PER", "PER", "ORG", "O")));
    }

    @Test
    void rejectsMisalignedInput() {
        assertThrows(IllegalArgumentException.class,
                () -> NerScorer.score(List.of(List.of("O")), List.of(List.of("O", "O"))));
        assertThrows(IOException.class,
                () -> BioTsv.parse(new BufferedReader(new StringReader("Roma B-LOC\n")), "bad"));
    }
}
