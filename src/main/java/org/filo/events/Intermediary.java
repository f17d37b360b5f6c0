package org.filo.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A third party that carries a contact: "hanno aperto vie di comunicazione con la Russia attraverso la Turchia",
 * "colloqui indiretti tramite l'Egitto", "con la mediazione del Qatar". The mediator is a party of the event
 * (one slot per named side, mediators included). A visit's "attraverso" is its route, not a go-between.
 */
final class Intermediary {
    private static final Set<String> THROUGH = Set.of("attraverso", "tramite");
    private static final Set<String> MEDIATION = Set.of("mediazione", "intermediazione");
    private static final Set<String> MEDIATED_BY = Set.of("con", "grazie", "sotto");
    /** How far past the word the mediator may be named: "attraverso uno dei loro principali sponsor, la Turchia". */
    private static final int REACH = 8;

    private Intermediary() {
    }

    /** The parties with the mediator the trigger's clause names after it, or the parties as they were. */
    static Parties with(SentenceContext ctx, EventLexicon.TriggerHit hit, Parties parties) {
        if (parties.all().isEmpty() || parties.distributive()) {
            return parties;
        }
        boolean route = hit.rule().has(TriggerRule.Flag.PLACE_HOST);
        int ce = ctx.clauseEndOf(hit.first());
        for (int k = hit.end(); k < ce; k++) {
            String w = ctx.norm.get(k);
            if ((THROUGH.contains(w) && !route) || mediatedBy(ctx, k)) {
                ActorUnit mediator = firstActorAfter(ctx, k + 1, ce);
                if (mediator == null || mediator.actorIds().stream().anyMatch(parties.all()::contains)) {
                    return parties;
                }
                List<String> counterpart = new ArrayList<>(parties.counterpart());
                counterpart.addAll(mediator.actorIds());
                return new Parties(parties.subject(), counterpart, parties.confidence(), false);
            }
        }
        return parties;
    }

    /** "con la mediazione di", "grazie alla mediazione": not "la necessità di una mediazione dell'Osce", a topic. */
    private static boolean mediatedBy(SentenceContext ctx, int k) {
        return MEDIATION.contains(ctx.norm.get(k)) && k >= 2 && MEDIATED_BY.contains(ctx.norm.get(k - 2))
                && Set.of("la", "alla").contains(ctx.norm.get(k - 1));
    }

    private static ActorUnit firstActorAfter(SentenceContext ctx, int from, int clauseEnd) {
        for (int j = from; j < clauseEnd && j <= from + REACH; j++) {
            ActorUnit u = ActorGroups.unitAt(ctx, j);
            if (u != null) {
                return ctx.isLocative(u) ? null : u;
            }
            // an apposition's comma may come first: "attraverso uno dei loro sponsor, la Turchia"
            if (ctx.startsTrigger(j) || (ctx.isClauseBoundary(j) && !ctx.norm.get(j).equals(","))) {
                return null;
            }
        }
        return null;
    }
}
