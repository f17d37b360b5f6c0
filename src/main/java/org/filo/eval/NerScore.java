package org.filo.eval;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Span-level counts and P/R/F1 for each entity type (sorted by name) and overall (micro-averaged). */
public record NerScore(Map<String, Counts> byType, Counts overall) {
    public NerScore {
        byType = Collections.unmodifiableSortedMap(new TreeMap<>(byType));
    }

    /** Exact-match counts: a predicted span is right when gold has the same start, end and type. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0.0 : (double) truePositives / predicted;
        }

        public double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 0.0 : (double) truePositives / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }
}
