package org.filo.events;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.filo.model.Actor;

/**
 * The host of a visit told by its place: "in visita a Mosca", "il viaggio del Papa in Libano", "volata nella
 * capitale siriana Damasco", "una delegazione siriana a Mosca che sta negoziando". The country named as the
 * place is the other party, unless it is the visitor's own.
 */
final class PlaceHost {
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("a", "ad", "al", "allo", "alla", "all'", "in",
            "nel", "nello", "nella", "nell'");

    private PlaceHost() {
    }

    /** The place a preposition introduces within a few words after {@code from}, before the clause ends. */
    static List<ActorUnit> after(SentenceContext ctx, int from, int to) {
        for (int k = from; k < to && k <= from + 6; k++) {
            if (k > from && (ctx.isClauseBoundary(k) || ctx.startsTrigger(k) || isVerb(ctx, k))) {
                return List.of();
            }
            if (PLACE_PREPOSITIONS.contains(ctx.norm.get(k))) {
                return introduced(ctx, k, to);
            }
        }
        return List.of();
    }

    /** "una delegazione siriana a Mosca che sta negoziando": the place right before a verb's clause. */
    static List<ActorUnit> before(SentenceContext ctx, int trigger) {
        for (int k = trigger - 1; k >= 0 && k >= trigger - 6; k--) {
            if (PLACE_PREPOSITIONS.contains(ctx.norm.get(k))) {
                return introduced(ctx, k, trigger);
            }
            if (ActorGroups.unitAt(ctx, k) != null && placeAt(ctx, k) == null) {
                return List.of();
            }
        }
        return List.of();
    }

    /** True when the trigger has a host by its place: talks held in a foreign capital are a meeting. */
    static boolean hosted(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        int ce = ctx.clauseEndOf(hit.first());
        return !after(ctx, hit.end(), ce).isEmpty() || (hit.rule().verb() && !before(ctx, hit.first()).isEmpty());
    }

    /**
     * "è volato a Mosca per incontrare Lavrov", "una visita a Mosca dove ha incontrato Putin", "per recarsi a
     * Parigi, dove prenderà parte al vertice": the visit is the meeting the next trigger tells.
     */
    static boolean purposeFollows(SentenceContext ctx, List<ActorUnit> host) {
        int last = host.get(host.size() - 1).last();
        for (int k = last + 1; k < ctx.size() && k <= last + 4; k++) {
            String w = ctx.norm.get(k);
            if (w.equals("per") || w.equals("dove")) { // "per (poi) incontrare", "dove prenderà parte al vertice"
                for (int j = k + 1; j < ctx.size() && j <= k + 4; j++) {
                    if (ctx.startsTrigger(j)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The host unless it is the country of one of the visitors. */
    static List<ActorUnit> foreignTo(SentenceContext ctx, List<ActorUnit> host, List<ActorUnit> visitors) {
        for (ActorUnit h : host) {
            String country = countryOf(ctx, h.actorIds().get(0));
            for (ActorUnit v : visitors) {
                for (String id : v.actorIds()) {
                    if (Objects.equals(country, countryOf(ctx, id)) || h.actorIds().contains(id)) {
                        return List.of();
                    }
                }
            }
        }
        return host;
    }

    /** "nella capitale siriana Damasco": up to three lower-case words between the preposition and the place. */
    private static List<ActorUnit> introduced(SentenceContext ctx, int preposition, int to) {
        for (int j = preposition + 1; j < to && j <= preposition + 3; j++) {
            ActorUnit place = placeAt(ctx, j);
            if (place != null) {
                return List.of(place);
            }
            if (ctx.isClauseBoundary(j) || Character.isUpperCase(ctx.tokens.get(j).text().charAt(0))) {
                return List.of();
            }
        }
        return List.of();
    }

    private static ActorUnit placeAt(SentenceContext ctx, int token) {
        for (ActorUnit u : ctx.places) {
            if (u.first() == token) {
                return u;
            }
        }
        return null;
    }

    private static boolean isVerb(SentenceContext ctx, int k) {
        return "VERB".equals(ctx.tokens.get(k).pos()) || SentenceContext.BREAKERS.contains(ctx.norm.get(k));
    }

    private static String countryOf(SentenceContext ctx, String id) {
        Actor a = ctx.actors.get(id);
        return a == null ? null : a.country();
    }
}
