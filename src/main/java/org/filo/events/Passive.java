package org.filo.events;

import java.util.List;
import java.util.Set;

/**
 * A trigger verb in the passive with its agent: "Rubio è stato ricevuto dal presidente Herzog", "l'ambasciatore
 * viene convocato dalla Farnesina". The agent is the logical subject (and initiates what the verb's subject
 * would), the grammatical subject the counterpart.
 */
final class Passive {
    private static final Set<String> BEEN = Set.of("stato", "stata", "stati", "state");
    private static final Set<String> BE = Set.of("è", "sono", "era", "erano", "sarà", "saranno", "fosse", "siano");
    private static final Set<String> COME = Set.of("viene", "vengono", "venne", "vennero", "verrà", "verranno",
            "veniva", "venivano", "fu", "furono");

    private Passive() {
    }

    /** The agent group after "da" when the verb trigger is a passive participle; empty otherwise. */
    static List<ActorUnit> agent(SentenceContext ctx, EventLexicon.TriggerHit hit, int clauseEnd) {
        int v = hit.first();
        if (!hit.rule().verb() || v < 1 || !ctx.norm.get(v).matches(".*(at|it|ut)[oaie]")) {
            return List.of();
        }
        String prev = ctx.norm.get(v - 1);
        boolean passive = COME.contains(prev) || (BEEN.contains(prev) && v >= 2 && BE.contains(ctx.norm.get(v - 2)));
        if (!passive) {
            return List.of();
        }
        return ActorGroups.groupAfterWord(ctx, hit.end(), clauseEnd, 3, ParticipantFinder.FROM);
    }
}
