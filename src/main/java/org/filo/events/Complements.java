package org.filo.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The complements of a trigger that name a party without being its subject or "con" object: the direct
 * object after a venue, the agent of "da parte di X" or of a delegation "guidata da X", the organiser of a
 * meeting ("organizzata dall'ONU").
 */
final class Complements {
    /** Articled prepositions that put a named venue between a verb and its object. */
    private static final Set<String> VENUE_ARTICLES = Set.of("al", "alla", "allo", "all'", "nel", "nella", "a", "in");
    private static final Set<String> ORGANISED = Set.of("organizzata", "organizzato", "organizzati", "organizzate",
            "convocata", "convocato", "convocati", "ospitata", "ospitato", "ospitati", "promossa", "promosso",
            "promossi", "mediata", "mediato", "mediati", "patrocinata", "patrocinato");
    private static final Set<String> LED = Set.of("guidata", "guidato", "guidate", "guidati", "capeggiata",
            "capeggiato", "presieduta", "presieduto");

    private Complements() {
    }

    /**
     * The agent in the few words before a verb when no subject is in sight: "un tentativo da parte di Gheddafi
     * di trattare"; "una delegazione, guidata dai servizi italiani, è volata": who leads a delegation stands for it.
     */
    static List<ActorUnit> agentBefore(SentenceContext ctx, int trigger, List<ActorUnit> exclude) {
        for (int k = Math.max(1, trigger - 8); k < trigger; k++) {
            List<ActorUnit> group = List.of();
            if (ctx.norm.get(k).equals("parte") && ctx.norm.get(k - 1).equals("da")) {
                group = ActorGroups.groupAfterWord(ctx, k + 1, trigger, 1, ParticipantFinder.OF);
            } else if (LED.contains(ctx.norm.get(k - 1)) && ParticipantFinder.FROM.contains(ctx.norm.get(k))) {
                group = ActorGroups.groupStartingNear(ctx, k + 1);
            }
            if (!group.isEmpty()) {
                List<ActorUnit> agent = new ArrayList<>(group);
                agent.removeAll(exclude);
                return agent;
            }
        }
        return List.of();
    }

    /** The agent of "organizzata/convocata/ospitata da X" in the few words after a meeting noun: a party too. */
    static List<ActorUnit> organiser(SentenceContext ctx, int from, int clauseEnd) {
        for (int k = from; k + 1 < clauseEnd && k <= from + 6; k++) {
            if (ORGANISED.contains(ctx.norm.get(k)) && ParticipantFinder.FROM.contains(ctx.norm.get(k + 1))) {
                return ActorGroups.groupStartingNear(ctx, k + 2);
            }
        }
        return List.of();
    }

    /**
     * The token after an aside that opens at {@code from} (", nella tarda mattinata in Vaticano,"), or {@code from}
     * when none does: a comma, at most 8 tokens with no actor, a closing comma.
     */
    static int afterAside(SentenceContext ctx, int from, int clauseEnd) {
        if (from >= ctx.size() || !ctx.norm.get(from).equals(",")) {
            return from;
        }
        for (int k = from + 1; k < clauseEnd && k <= from + 9; k++) {
            if (ctx.norm.get(k).equals(",")) {
                return k + 1;
            }
        }
        return from;
    }

    static List<ActorUnit> directObject(SentenceContext ctx, int from, int clauseEnd) {
        from = afterAside(ctx, from, clauseEnd); // "ha incontrato, nella tarda mattinata in Vaticano, Papa Francesco"
        int limit = from + 8;
        int mannerEnd = -1; // after "in udienza", "a lungo": the article that opens the object
        for (int j = from; j < clauseEnd && j <= limit; j++) {
            ActorUnit u = ActorGroups.unitAt(ctx, j);
            if (u != null) {
                boolean governed = ctx.inPrepositionalPhrase(u) && !(mannerEnd >= 0 && noPreposition(ctx, mannerEnd, u.first()));
                return governed ? List.of() : ActorGroups.groupStartingNear(ctx, j);
            }
            String w = ctx.norm.get(j);
            if (ctx.isTimeWord(j)) {
                continue; // "ha incontrato martedì il presidente"
            }
            if ((w.equals("in") || w.equals("a")) && j + 2 < clauseEnd && ActorGroups.unitAt(ctx, j + 1) == null
                    && Character.isLowerCase(ctx.tokens.get(j + 1).text().charAt(0))
                    && !NounDeterminers.isArticle(ctx.norm.get(j + 1))
                    && NounDeterminers.isArticle(ctx.norm.get(j + 2))) {
                mannerEnd = j + 2; // "ha ricevuto in udienza il presidente": a manner, then the object
                j++;
                continue;
            }
            if (VENUE_ARTICLES.contains(w) && j + 1 < clauseEnd && ActorGroups.unitAt(ctx, j + 1) == null
                    && Character.isUpperCase(ctx.tokens.get(j + 1).text().charAt(0))) {
                j++; // "ha ricevuto al Quirinale il re", "ha incontrato al Cairo il presidente": a venue, then the object
                int after = venueApposition(ctx, j + 1, clauseEnd, j);
                limit += after - j;
                j = after;
                continue;
            }
            // "ha convocato un nuovo incontro degli Amici della Siria": the object is the event, not a party
            if (ctx.startsTrigger(j) || SentenceContext.BREAKERS.contains(w) || ctx.isClauseBoundary(j)
                    || (SentenceContext.PREPOSITIONS.contains(w) && !SentenceContext.LOCATIVES.contains(w))) {
                break;
            }
        }
        return List.of();
    }

    private static boolean noPreposition(SentenceContext ctx, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SentenceContext.PREPOSITIONS.contains(ctx.norm.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** "a Sofia, in Bulgaria, dei rappresentanti": the venue's ", in X," aside; returns the token to go on after. */
    private static int venueApposition(SentenceContext ctx, int comma, int clauseEnd, int venue) {
        if (comma + 2 >= clauseEnd || !ctx.norm.get(comma).equals(",")
                || !SentenceContext.LOCATIVES.contains(ctx.norm.get(comma + 1))) {
            return venue;
        }
        for (int k = comma + 2; k < clauseEnd && k <= comma + 5; k++) {
            if (ctx.norm.get(k).equals(",")) {
                return k;
            }
        }
        return venue;
    }
}
