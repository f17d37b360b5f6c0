package org.filo.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one pairing of output and gold events within a document, best first. Only identifiable pairs
 * (equal channel, participant overlap above 0.5) are candidates, since no other pair can score. Order:
 * higher overlap; then more agreeing fields among status, date, initiator, duration; then an output mention
 * (trigger or sentence) overlapping the gold evidence; then earlier output event; then earlier gold event.
 */
public final class EventPairing {
    private EventPairing() {
    }

    /** Participant overlap as a fraction: filled gold slots over gold slots plus output parties filling none. */
    public record Overlap(int filled, int denominator) {
        public double value() {
            return denominator == 0 ? 0 : (double) filled / denominator;
        }

        public boolean complete() {
            return denominator > 0 && filled == denominator;
        }

        /** Above 0.5, compared exactly in integers. */
        public boolean aboveHalf() {
            return 2 * filled > denominator;
        }
    }

    public record Pair(int gold, int system, Overlap overlap) {
    }

    public static Overlap overlap(List<SystemParticipant> participants, List<List<String>> slots) {
        boolean[] filled = new boolean[slots.size()];
        int fillingNone = 0;
        for (SystemParticipant p : participants) {
            boolean fillsAny = false;
            for (int j = 0; j < slots.size(); j++) {
                if (ParticipantKeys.fills(p, slots.get(j))) {
                    filled[j] = true;
                    fillsAny = true;
                }
            }
            fillingNone += fillsAny ? 0 : 1;
        }
        int count = 0;
        for (boolean f : filled) {
            count += f ? 1 : 0;
        }
        return new Overlap(count, slots.size() + fillingNone);
    }

    public static boolean identifiable(GoldEvent g, SystemEvent s, Overlap o) {
        return g.channel().equals(s.channel()) && o.aboveHalf();
    }

    /** Pairs gold and output events of one document; {@code fields} judges the agreeing fields of a pair. */
    public static List<Pair> pair(List<GoldEvent> gold, List<SystemEvent> system, EventFields fields) {
        record Candidate(int gold, int system, Overlap overlap, int agreeing, boolean nearEvidence) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                Overlap o = overlap(system.get(s).participants(), gold.get(g).slots());
                if (identifiable(gold.get(g), system.get(s), o)) {
                    candidates.add(new Candidate(g, s, o, fields.agreeing(gold.get(g), system.get(s)),
                            nearEvidence(gold.get(g), system.get(s))));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate k) -> k.overlap().value()).reversed()
                .thenComparing(Comparator.comparingInt(Candidate::agreeing).reversed())
                .thenComparing(Comparator.comparing(Candidate::nearEvidence).reversed())
                .thenComparingInt(Candidate::system)
                .thenComparingInt(Candidate::gold));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] systemUsed = new boolean[system.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate k : candidates) {
            if (!goldUsed[k.gold()] && !systemUsed[k.system()]) {
                goldUsed[k.gold()] = true;
                systemUsed[k.system()] = true;
                pairs.add(new Pair(k.gold(), k.system(), k.overlap()));
            }
        }
        return pairs;
    }

    private static boolean nearEvidence(GoldEvent g, SystemEvent s) {
        if (g.evidence() == null) {
            return false;
        }
        return s.mentions().stream().anyMatch(m -> touches(m.trigger(), g.evidence()) || touches(m.sentence(),
                g.evidence()));
    }

    private static boolean touches(TextSpan span, TextSpan evidence) {
        return span != null && span.overlap(evidence) > 0;
    }
}
