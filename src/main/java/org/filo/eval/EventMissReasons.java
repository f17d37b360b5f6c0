package org.filo.eval;

import java.util.Comparator;
import java.util.List;

/**
 * Why a gold event was missed or an output event is spurious, told from the closest event on the other
 * side of the same document. Closest: the highest participant overlap; among equals, for a missed gold
 * event an unpaired output event first (its channel is the reason), for a spurious output event a gold event
 * it would identify but that is paired elsewhere first (a duplicate); then equal channel, then file order.
 */
final class EventMissReasons {
    private EventMissReasons() {
    }

    private record Rank(int index, boolean freeAndShares, boolean identifiable, double overlap, boolean sameChannel) {
        /** For a missed gold event: a free output event that shares a party is the likeliest record of it. */
        static final Comparator<Rank> FOR_MISSED = Comparator.comparingDouble(Rank::overlap)
                .thenComparing(Rank::freeAndShares).thenComparing(Rank::identifiable)
                .thenComparing(Rank::sameChannel).thenComparing(Comparator.comparingInt(Rank::index).reversed());
        /** For a spurious output event: a gold event it would identify, already taken, makes it a duplicate. */
        static final Comparator<Rank> FOR_SPURIOUS = Comparator.comparingDouble(Rank::overlap)
                .thenComparing(Rank::identifiable).thenComparing(Rank::freeAndShares)
                .thenComparing(Rank::sameChannel).thenComparing(Comparator.comparingInt(Rank::index).reversed());
    }

    static String missed(GoldEvent g, List<SystemEvent> system, int[] goldOfSystem, List<GoldEvent> gold,
                         boolean documentMissing) {
        if (documentMissing) {
            return "document absent from the output";
        }
        if (system.isEmpty()) {
            return "no output event in this document";
        }
        Rank best = null;
        for (int s = 0; s < system.size(); s++) {
            Rank r = rank(s, g, system.get(s), goldOfSystem[s] < 0);
            best = best == null || Rank.FOR_MISSED.compare(r, best) > 0 ? r : best;
        }
        SystemEvent s = system.get(best.index());
        EventPairing.Overlap o = EventPairing.overlap(s.participants(), g.slots());
        if (best.identifiable()) {
            return "output " + s.id() + " (overlap " + fraction(o) + ") is paired with gold "
                    + gold.get(goldOfSystem[best.index()]).id();
        }
        return unidentified("output " + s.id(), s.channel(), o, "output");
    }

    static String spurious(SystemEvent s, List<GoldEvent> gold, int[] systemOfGold, List<SystemEvent> system) {
        if (gold.isEmpty()) {
            return "no gold event in this document";
        }
        Rank best = null;
        for (int g = 0; g < gold.size(); g++) {
            Rank r = rank(g, gold.get(g), s, systemOfGold[g] < 0);
            best = best == null || Rank.FOR_SPURIOUS.compare(r, best) > 0 ? r : best;
        }
        GoldEvent g = gold.get(best.index());
        EventPairing.Overlap o = EventPairing.overlap(s.participants(), g.slots());
        if (best.identifiable()) {
            return "gold " + g.id() + " (overlap " + fraction(o) + ") is already paired with output "
                    + system.get(systemOfGold[best.index()]).id() + " (duplicate record?)";
        }
        return unidentified("gold " + g.id(), g.channel(), o, "gold");
    }

    private static Rank rank(int index, GoldEvent g, SystemEvent s, boolean free) {
        EventPairing.Overlap o = EventPairing.overlap(s.participants(), g.slots());
        return new Rank(index, free && o.filled() > 0, EventPairing.identifiable(g, s, o), o.value(),
                g.channel().equals(s.channel()));
    }

    /** Why the closest counterpart does not identify: channel, or too little participant overlap. */
    private static String unidentified(String closest, String channel, EventPairing.Overlap o, String side) {
        if (o.filled() == 0) {
            return "no " + side + " event has any of its participants";
        }
        if (o.aboveHalf()) {
            return "channel differs: " + closest + " (overlap " + fraction(o) + ") is " + channel;
        }
        return "participant overlap too low: " + closest + " has " + fraction(o) + " (needs more than 1/2)";
    }

    private static String fraction(EventPairing.Overlap o) {
        return o.filled() + "/" + o.denominator();
    }
}
