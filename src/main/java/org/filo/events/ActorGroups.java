package org.filo.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The actor units of a sentence read as groups: a coordination after a word, the first free group, ids. */
final class ActorGroups {
    private ActorGroups() {
    }

    /**
     * The coordination after the first word of {@code words} found in [from, to), at most
     * {@code maxWords} tokens into the stretch (0: the first such word anywhere in it).
     */
    static List<ActorUnit> groupAfterWord(SentenceContext ctx, int from, int to, int maxWords,
                                          Set<String> words) {
        for (int k = from; k < to; k++) {
            if (maxWords > 0 && k - from > maxWords) {
                break;
            }
            if (words.contains(ctx.norm.get(k))) {
                return groupStartingNear(ctx, k + 1);
            }
        }
        return List.of();
    }

    /** The group whose first unit starts within a few modifier tokens of position k. */
    static List<ActorUnit> groupStartingNear(SentenceContext ctx, int k) {
        for (int j = k; j < ctx.size() && j <= k + 5; j++) {
            ActorUnit u = unitAt(ctx, j);
            if (u != null) {
                List<ActorUnit> group = new ArrayList<>();
                for (ActorUnit g : ctx.groupOf(u)) {
                    if (g.first() >= u.first()) {
                        group.add(g);
                    }
                }
                return group;
            }
            String w = ctx.norm.get(j);
            if (SentenceContext.BREAKERS.contains(w) || SentenceContext.PREPOSITIONS.contains(w)
                    || ctx.isClauseBoundary(j)) {
                break;
            }
        }
        return List.of();
    }

    /** First actor group of the clause before the trigger that no preposition governs. */
    static List<ActorUnit> subjectGroup(SentenceContext ctx, int from, int to, List<ActorUnit> exclude) {
        for (ActorUnit u : ctx.units) {
            if (u.first() >= from && u.last() < to && !exclude.contains(u)) {
                List<ActorUnit> whole = ctx.groupOf(u);
                if (ctx.inPrepositionalPhrase(whole.get(0)) || ctx.isLocative(whole.get(0))) {
                    continue;
                }
                List<ActorUnit> group = new ArrayList<>();
                for (ActorUnit g : whole) {
                    if (g.last() < to && !exclude.contains(g)) {
                        group.add(g);
                    }
                }
                return group;
            }
        }
        return List.of();
    }

    static List<ActorUnit> nearestBefore(SentenceContext ctx, int to, List<ActorUnit> exclude) {
        ActorUnit best = null;
        for (ActorUnit u : ctx.units) {
            // "X era in contatto con la Grecia, ma i contatti con l'Italia …": not the other clause's "con Y"
            if (u.last() < to && !exclude.contains(u) && !ctx.isLocative(u)
                    && !"con".equals(ctx.governingPreposition(u))) {
                best = u;
            }
        }
        if (best == null) {
            return List.of();
        }
        List<ActorUnit> group = new ArrayList<>();
        for (ActorUnit g : ctx.groupOf(best)) {
            if (g.last() < to && !exclude.contains(g)) {
                group.add(g);
            }
        }
        return group;
    }

    static ActorUnit unitAt(SentenceContext ctx, int token) {
        for (ActorUnit u : ctx.units) {
            if (u.first() <= token && token <= u.last()) {
                return u;
            }
        }
        return null;
    }

    static List<String> ids(List<ActorUnit> units) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (ActorUnit u : units) {
            ids.addAll(u.actorIds());
        }
        return new ArrayList<>(ids);
    }
}
