package org.filo.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.filo.report.EvidenceText.Range;
import org.filo.report.ReportEvent.Evidence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences cut on code points, trigger and parties marked: [trigger], {party}, plain text as is. */
class EvidenceTextTest {
    private static final String TEXT = "Prima. Joe Biden ha chiamato Putin \uD83D\uDE00 ieri. Dopo.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sentence, trigger, parties     | 7 | 42 | 20 | 28 | 7-16,29-34 | {Joe Biden} ha [chiamato] {Putin} \uD83D\uDE00 ieri.",
        "no party spans                 | 7 | 42 | 20 | 28 |            | Joe Biden ha [chiamato] Putin \uD83D\uDE00 ieri.",
        "party overlapping the trigger  | 7 | 42 | 20 | 28 | 17-25      | Joe Biden {ha }[chiamato] Putin \uD83D\uDE00 ieri.",
        "party outside the sentence     | 7 | 42 | 20 | 28 | 0-5        | Joe Biden ha [chiamato] Putin \uD83D\uDE00 ieri.",
        "trigger outside: not marked    | 7 | 42 | 0  | 5  | 7-16       | {Joe Biden} ha chiamato Putin \uD83D\uDE00 ieri.",
        "after the emoji, code points   | 7 | 42 | 37 | 41 |            | Joe Biden ha chiamato Putin \uD83D\uDE00 [ieri]."
    })
    void marks(String what, int s, int e, int ts, int te, String parties, String expected) {
        List<Range> ps = parties == null ? List.of() : List.of(parties.split(",")).stream()
                .map(p -> p.split("-")).map(p -> new Range(Integer.parseInt(p[0]), Integer.parseInt(p[1]))).toList();
        assertEquals(expected, show(EvidenceText.of(TEXT.codePoints().toArray(), new Range(s, e), new Range(ts, te), ps)));
    }

    @ParameterizedTest
    @CsvSource({"-1, 5", "7, 99", "10, 10"})
    void aSentenceOutsideTheTextIsNoEvidence(int s, int e) {
        assertNull(EvidenceText.of(TEXT.codePoints().toArray(), new Range(s, e), null, List.of()));
    }

    @org.junit.jupiter.api.Test
    void aLongSentenceIsClippedAroundItsTrigger() {
        String text = "a".repeat(2000) + "telefonata" + "b".repeat(2000);
        Evidence ev = EvidenceText.of(text.codePoints().toArray(), new Range(0, text.length()),
                new Range(2000, 2010), List.of());
        String shown = show(ev);
        assertEquals("…" + "a".repeat(EvidenceText.MAX_SIDE) + "[telefonata]" + "b".repeat(EvidenceText.MAX_SIDE) + "…",
                shown);
    }

    private static String show(Evidence ev) {
        return ev.pieces().stream().map(p -> switch (p.mark()) {
            case TRIGGER -> "[" + p.text() + "]";
            case PARTY -> "{" + p.text() + "}";
            case PLAIN -> p.text();
        }).collect(Collectors.joining());
    }
}
