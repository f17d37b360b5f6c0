package org.filo.time;

import java.util.regex.Matcher;

/**
 * Tense of the clause around an expression from surface morphology (POS tags are usually absent):
 * the marker of models/time/tense.tsv nearest to the expression within its sentence decides; none → PRESENT.
 */
final class TenseDetector {
    private final TimeRules rules;

    TenseDetector(TimeRules rules) {
        this.rules = rules;
    }

    /** {@code text} is the normalised document text; [sentStart, sentEnd) the sentence; [start, end) the timex. */
    Tense tense(String text, int sentStart, int sentEnd, int start, int end) {
        Tense best = Tense.PRESENT;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeRules.TenseMarker marker : rules.tenseMarkers()) {
            Matcher m = marker.pattern().matcher(text);
            m.region(sentStart, sentEnd);
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.start() < end && start < m.end()) {
                    continue;  // the expression itself ("scorso", "fa") is not the clause's verb
                }
                int distance = m.end() <= start ? start - m.end() : m.start() - end;
                boolean closer = distance < bestDistance
                        || distance == bestDistance && marker.tense() == Tense.FUTURE;
                if (closer) {
                    best = marker.tense();
                    bestDistance = distance;
                }
            }
        }
        return best;
    }
}
