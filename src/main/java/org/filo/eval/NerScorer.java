package org.filo.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** CoNLL-style NER scoring: exact span and type match, per type and micro-averaged overall. */
public final class NerScorer {
    private NerScorer() {
    }

    /** @param gold and {@code predicted}: one label list per sentence, aligned word by word */
    public static NerScore score(List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold sentences but " + predicted.size() + " predicted");
        }
        Map<String, int[]> counts = new TreeMap<>(); // type -> {tp, fp, fn}
        for (int s = 0; s < gold.size(); s++) {
            if (gold.get(s).size() != predicted.get(s).size()) {
                throw new IllegalArgumentException("sentence " + s + ": " + gold.get(s).size() + " gold labels but "
                        + predicted.get(s).size() + " predicted");
            }
            Set<EntitySpan> goldSpans = new HashSet<>(EntitySpan.fromLabels(gold.get(s)));
            Set<EntitySpan> predictedSpans = new HashSet<>(EntitySpan.fromLabels(predicted.get(s)));
            for (EntitySpan p : predictedSpans) {
                counts.computeIfAbsent(p.type(), t -> new int[3])[goldSpans.contains(p) ? 0 : 1]++;
            }
            for (EntitySpan g : goldSpans) {
                if (!predictedSpans.contains(g)) {
                    counts.computeIfAbsent(g.type(), t -> new int[3])[2]++;
                }
            }
        }
        Map<String, NerScore.Counts> byType = new TreeMap<>();
        NerScore.Counts overall = new NerScore.Counts(0, 0, 0);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            NerScore.Counts typeCounts = new NerScore.Counts(c[0], c[1], c[2]);
            byType.put(e.getKey(), typeCounts);
            overall = overall.plus(typeCounts);
        }
        return new NerScore(byType, overall);
    }
}
