package org.filo.events;

import java.util.List;
import java.util.Set;
import org.filo.model.Actor;
import org.filo.model.ActorKind;

/**
 * A session of one international body: "il vertice della Lega Araba", "il vertice Nato", "la sua riunione odierna"
 * (the Organisation of Islamic Cooperation), "il Consiglio di sicurezza si è riunito". The guidelines count it as
 * an event with the body as its one participant slot. A body is an organisation of no country; a national body
 * ("il Consiglio di sicurezza nazionale") is one side's internal session and never qualifies.
 */
final class BodySession {
    private static final Set<String> POSSESSIVES = Set.of("sua", "suo", "sue", "suoi", "loro");

    private BodySession() {
    }

    /** The body whose session the trigger (flagged SESSION) tells, or null. */
    static String body(SentenceContext ctx, EventLexicon.TriggerHit hit, Parties parties) {
        if (!hit.rule().has(TriggerRule.Flag.SESSION)) {
            return null;
        }
        List<String> named = parties.all();
        if (named.size() == 1) {
            return international(ctx, named.get(0)) ? named.get(0) : null;
        }
        if (!named.isEmpty() || hit.rule().verb()) {
            return null;
        }
        int k = hit.end();
        if (k < ctx.size() && ParticipantFinder.OF.contains(ctx.norm.get(k))) {
            k++; // "il vertice della Lega Araba"
        }
        ActorUnit next = ActorGroups.unitAt(ctx, k); // or an apposition: "il vertice Nato"
        if (next == null && possessive(ctx, hit.first())) {
            // "l'Organizzazione …, nonostante le divisioni, si prepara nel corso della sua riunione"
            List<ActorUnit> subject = ActorGroups.subjectGroup(ctx, ctx.clauseStartOf(hit.first()), hit.first(),
                    List.of());
            next = subject.size() == 1 ? subject.get(0) : null;
        }
        if (next == null || next.actorIds().size() != 1 || (next.first() != k && !possessive(ctx, hit.first()))) {
            return null;
        }
        String id = next.actorIds().get(0);
        return international(ctx, id) ? id : null;
    }

    private static boolean possessive(SentenceContext ctx, int trigger) {
        return trigger > 0 && POSSESSIVES.contains(ctx.norm.get(trigger - 1));
    }

    private static boolean international(SentenceContext ctx, String id) {
        Actor a = ctx.actors.get(id);
        return a != null && a.kind() == ActorKind.ORGANIZATION && a.country() == null;
    }
}
