package org.filo.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores output timexes against gold timexes, document by document, with one one-to-one matching:
 * candidate pairs overlap by at least one code point; identical extents are taken first, then larger
 * overlaps, then equal values, then earlier gold and output spans. Strict and relaxed counts, value, type
 * and mod all read that one matching.
 */
public final class TimexScorer {
    private static final Set<String> GENERIC = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");

    private TimexScorer() {
    }

    /** Output values the guidelines do not annotate and ignore in system output. */
    static boolean ignoredInOutput(SystemTimex t) {
        String v = t.value();
        return v != null && (GENERIC.contains(v) || (v.startsWith("P") && v.contains("X")));
    }

    public static TimexScores score(Set<String> docIds, List<GoldTimex> gold, Map<String, SystemDocument> output) {
        Map<String, List<GoldTimex>> goldByDoc = gold.stream().collect(Collectors.groupingBy(GoldTimex::docId));
        Counts c = new Counts();
        for (String docId : docIds.stream().sorted().toList()) {
            List<GoldTimex> docGold = goldByDoc.getOrDefault(docId, List.of());
            SystemDocument doc = output.get(docId);
            scoreDocument(docGold, doc == null ? List.of() : doc.timexes(), c);
        }
        return new TimexScores(Prf.of(c.strict, c.system, c.gold), Prf.of(c.matched, c.system, c.gold),
                Accuracy.of(c.valueEqual, c.matched), Prf.of(c.valueEqual, c.system, c.gold),
                Accuracy.of(c.typeEqual, c.matched), Accuracy.of(c.modEqual, c.matched),
                c.goldIgnored, c.systemIgnored, c.systemOnIgnoredGold, c.missed, c.spurious, c.mismatched);
    }

    private static final class Counts {
        int gold;
        int system;
        int matched;
        int strict;
        int valueEqual;
        int typeEqual;
        int modEqual;
        int goldIgnored;
        int systemIgnored;
        int systemOnIgnoredGold;
        final List<TimexListing.Row> missed = new ArrayList<>();
        final List<TimexListing.Row> spurious = new ArrayList<>();
        final List<TimexListing.Mismatch> mismatched = new ArrayList<>();
    }

    private static void addIf(List<String> list, boolean condition, String item) {
        if (condition) {
            list.add(item);
        }
    }

    private record Candidate(int sys, int gold, boolean exact, int overlap, boolean valueEqual) {
    }

    private static void scoreDocument(List<GoldTimex> docGold, List<SystemTimex> docSystem, Counts c) {
        List<GoldTimex> scored = docGold.stream().filter(g -> !g.ignored()).toList();
        List<GoldTimex> ignored = docGold.stream().filter(GoldTimex::ignored).toList();
        List<SystemTimex> system = docSystem.stream().filter(t -> !ignoredInOutput(t)).toList();
        c.goldIgnored += ignored.size();
        c.systemIgnored += docSystem.size() - system.size();

        List<Candidate> candidates = new ArrayList<>();
        for (int s = 0; s < system.size(); s++) {
            for (int g = 0; g < scored.size(); g++) {
                TextSpan ss = system.get(s).span();
                TextSpan gs = scored.get(g).span();
                if (ss.overlap(gs) > 0 || ss.sameExtent(gs)) {
                    candidates.add(new Candidate(s, g, ss.sameExtent(gs), ss.overlap(gs),
                            TimexValues.equal(scored.get(g).value(), system.get(s).value())));
                }
            }
        }
        candidates.sort(Comparator.comparing(Candidate::exact).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::overlap).reversed())
                .thenComparing(Comparator.comparing(Candidate::valueEqual).reversed())
                .thenComparingInt(k -> scored.get(k.gold()).span().start())
                .thenComparingInt(k -> system.get(k.sys()).span().start())
                .thenComparingInt(Candidate::gold)
                .thenComparingInt(Candidate::sys));
        int firstMismatch = c.mismatched.size();
        boolean[] sysUsed = new boolean[system.size()];
        boolean[] goldUsed = new boolean[scored.size()];
        for (Candidate k : candidates) {
            if (sysUsed[k.sys()] || goldUsed[k.gold()]) {
                continue;
            }
            sysUsed[k.sys()] = true;
            goldUsed[k.gold()] = true;
            GoldTimex g = scored.get(k.gold());
            SystemTimex s = system.get(k.sys());
            c.matched++;
            c.strict += k.exact() ? 1 : 0;
            c.valueEqual += k.valueEqual() ? 1 : 0;
            c.typeEqual += Objects.equals(g.type(), s.type()) ? 1 : 0;
            c.modEqual += Objects.equals(g.mod(), s.mod()) ? 1 : 0;
            List<String> differs = new ArrayList<>();
            addIf(differs, !k.exact(), "extent");
            addIf(differs, !k.valueEqual(), "value");
            addIf(differs, !Objects.equals(g.type(), s.type()), "type");
            addIf(differs, !Objects.equals(g.mod(), s.mod()), "mod");
            if (!differs.isEmpty()) {
                c.mismatched.add(new TimexListing.Mismatch(TimexListing.Row.of(g), TimexListing.Row.of(s), differs));
            }
        }
        c.mismatched.subList(firstMismatch, c.mismatched.size()).sort(Comparator.comparingInt(m -> m.gold().start()));
        for (int g = 0; g < scored.size(); g++) {
            if (!goldUsed[g]) {
                c.missed.add(TimexListing.Row.of(scored.get(g)));
            }
        }
        int onIgnored = 0;
        for (int s = 0; s < system.size(); s++) {
            TextSpan ss = system.get(s).span();
            if (!sysUsed[s] && ignored.stream().anyMatch(g -> g.span().overlap(ss) > 0)) {
                onIgnored++;
            } else if (!sysUsed[s]) {
                c.spurious.add(TimexListing.Row.of(system.get(s)));
            }
        }
        c.systemOnIgnoredGold += onIgnored;
        c.gold += scored.size();
        c.system += system.size() - onIgnored;
    }
}
