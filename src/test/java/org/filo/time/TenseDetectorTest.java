package org.filo.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Tense cues of models/time/tense.tsv, one sentence per row (src/test/resources/time/tense-cases.psv). */
class TenseDetectorTest {
    private static final TenseDetector TENSES = new TenseDetector(TimeRules.load(Path.of("models", "time")));

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvFileSource(resources = "/time/tense-cases.psv", delimiter = '|')
    void readsTheTenseAroundAnExpression(String sentence, String expression, Tense expected) {
        String text = TimeText.normalize(sentence);
        int start = text.indexOf(TimeText.normalize(expression));
        assertEquals(expected, TENSES.tense(text, 0, text.length(), start, start + expression.length()));
    }
}
