package org.filo.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Actors in a genitive of a common noun ("la linea politica di Bush", "il sostegno della Germania") modify that
 * noun: a subject sought far from the trigger (another clause, after the counterpart) is never one. A title ("il ministro degli Esteri di
 * Mosca") or a word for representatives ("i rappresentanti di Damasco") before the "di" stands for the actor.
 */
final class Genitives {
    private static final Set<String> OF = Set.of("di", "del", "della", "dello", "dell'", "dei", "degli", "delle");

    private Genitives() {
    }

    /** {@code exclude} and every genitive actor unit of the sentence: what a fallback subject may not be. */
    static List<ActorUnit> with(SentenceContext ctx, List<ActorUnit> exclude) {
        List<ActorUnit> out = new ArrayList<>(exclude);
        for (ActorUnit u : ctx.units) {
            if (!out.contains(u) && genitive(ctx, u.first())) {
                out.add(u);
            }
        }
        return out;
    }

    private static boolean genitive(SentenceContext ctx, int first) {
        if (first < 2 || !OF.contains(ctx.norm.get(first - 1))) {
            return false;
        }
        int head = first - 2;
        boolean title = Character.isUpperCase(ctx.tokens.get(head).text().charAt(0));
        boolean word = Character.isLetter(ctx.tokens.get(head).text().charAt(0));
        return word && !title && !ctx.cueStartsAt(Cue.Category.REPRESENTATIVE, head)
                && ActorGroups.unitAt(ctx, head) == null;
    }
}
