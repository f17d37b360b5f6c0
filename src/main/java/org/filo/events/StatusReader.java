package org.filo.events;

import java.util.List;
import java.util.Set;
import org.filo.events.Cue.Category;
import org.filo.events.EventLexicon.TriggerHit;
import org.filo.model.Channel;
import org.filo.model.EventStatus;

/**
 * The status of a trigger from modality and outcome in its clause: planned ("dovrebbe", "si terrà", "pronta a
 * negoziare", a future verb), sought and declined, a standing channel set up, suspended or resumed, a boycott.
 * {@code before} and {@code after} bound the trigger's cue window (see {@link ContextReader}).
 */
final class StatusReader {
    private static final Set<String> FUTURE_ENDINGS = Set.of("erà", "eranno", "irà", "iranno", "arà", "aranno",
            "drà", "dranno", "rrà", "rranno"); // vedrà, rivedranno, terrà, verranno
    private static final Set<String> AUXILIARIES = Set.of("ha", "hanno", "è", "sono", "aveva", "avevano", "era",
            "erano", "abbiamo", "ho", "si");
    private static final Set<String> COMPLETED = Set.of("concluso", "conclusa", "conclusi", "svolto", "svolta",
            "svolti", "tenuto", "tenuta", "tenuti", "terminato", "terminata", "durato", "durata", "finito", "finita",
            "chiuso", "chiusa", "avuto");

    private static final Set<String> PARTY_PREPOSITIONS = Set.of("tra", "fra", "con", "di", "del", "della", "dei",
            "degli", "dello", "dell'");

    private StatusReader() {
    }

    static EventStatus status(SentenceContext ctx, TriggerHit hit, int before, int after) {
        boolean standing = hit.rule().has(TriggerRule.Flag.STANDING) || hit.rule().channel() == Channel.HOTLINE;
        int b = Math.max(before, hit.first() - 6);
        int a = Math.min(after, hit.end() + 7);
        if (standing) {
            for (Category c : List.of(Category.RESUMED, Category.SUSPENDED, Category.ESTABLISHED)) {
                if (ctx.cueIn(c, b, hit.first()) || ctx.cueIn(c, hit.end(), a)) {
                    return EventStatus.valueOf(c.name());
                }
            }
        }
        if (ctx.cueIn(Category.BOYCOTT, b, hit.first())) {
            return EventStatus.SUSPENDED; // "l'opposizione ha boicottato i colloqui": a walk-out suspends the talks
        }
        boolean sought = ctx.cueIn(Category.SEEK, b, hit.first());
        if (ctx.cueIn(Category.REFUSED, b, hit.first()) || (sought && ctx.cueIn(Category.REFUSED, hit.end(), ctx.size()))) {
            return EventStatus.REFUSED;
        }
        boolean scheduled = ctx.cueIn(Category.SCHEDULED, b, hit.first())
                || ctx.cueIn(Category.SCHEDULED, hit.end(), Math.min(hit.end() + 7, ctx.clauseEndOf(hit.first())))
                || ctx.cueIn(Category.SCHEDULED, hit.end(), Math.min(after, hit.end() + 16)) && partiesFollow(ctx, hit);
        if (sought || scheduled || ctx.cueIn(Category.PLANNED, b, hit.first()) || ctx.cueIn(Category.WISH, b, hit.first())
                || ctx.cueIn(Category.EXPECTED, b, hit.first()) || ctx.cueIn(Category.PLANNED, hit.end(),
                Math.min(a, hit.end() + 3)) || future(ctx, hit) || futureVerbAfter(ctx, hit, after)) {
            return EventStatus.PLANNED;
        }
        return EventStatus.OCCURRED;
    }

    /**
     * A contact told in the past tense ("ha sentito telefonicamente", "l'incontro … si è concluso") has
     * happened, whatever date it carries: a late date then means a wrong DCT (live blogs), not a plan.
     */
    static boolean pastTense(SentenceContext ctx, TriggerHit hit) {
        if (hit.rule().verb()) {
            String w = ctx.norm.get(hit.first());
            boolean participle = w.matches(".*(at|it|ut)[oaie]");
            return participle && hit.first() > 0 && AUXILIARIES.contains(ctx.norm.get(hit.first() - 1));
        }
        int end = Math.min(ctx.clauseEndOf(hit.first()), hit.end() + 20);
        for (int k = Math.max(1, hit.first() - 4); k < end; k++) {
            if (COMPLETED.contains(ctx.norm.get(k)) && AUXILIARIES.contains(ctx.norm.get(k - 1))) {
                return true; // "hanno avuto un colloquio", "si è svolto", "è durata"
            }
        }
        return false;
    }

    private static boolean future(SentenceContext ctx, TriggerHit hit) {
        if (!hit.rule().verb()) {
            // "prenderà parte al vertice", "parteciperà all'incontro": a future verb just before the noun
            for (int k = Math.max(ctx.clauseStartOf(hit.first()), hit.first() - 4); k < hit.first(); k++) {
                if (futureForm(ctx.norm.get(k))) {
                    return true;
                }
            }
            return false;
        }
        for (int k = hit.first(); k < hit.end(); k++) { // "si rivedranno": the verb need not be the first token
            if (futureForm(ctx.norm.get(k))) {
                return true;
            }
        }
        return purpose(ctx, hit);
    }

    /**
     * "Il vertice della Lega Araba si terrà a Baghdad", "l'incontro … si svolgerà": the noun's own verb after it,
     * reflexive and in the future, within the noun's cue window.
     */
    private static boolean futureVerbAfter(SentenceContext ctx, TriggerHit hit, int after) {
        if (hit.rule().verb()) {
            return false;
        }
        for (int k = hit.end() + 1; k < Math.min(after, hit.end() + 16); k++) {
            if (ctx.norm.get(k - 1).equals("si") && futureForm(ctx.norm.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A noun followed by its parties ("L'incontro tra Putin e Kim è previsto per …"): a scheduling word past that
     * phrase, still in the noun's window (no comma or clause between), is the noun's own predicate.
     */
    private static boolean partiesFollow(SentenceContext ctx, TriggerHit hit) {
        return !hit.rule().verb() && hit.end() < ctx.size() && PARTY_PREPOSITIONS.contains(ctx.norm.get(hit.end()));
    }

    private static boolean futureForm(String w) {
        return FUTURE_ENDINGS.stream().anyMatch(w::endsWith);
    }

    /** "è volato a Mosca per incontrare Lavrov": an infinitive of purpose tells a contact still to come. */
    private static boolean purpose(SentenceContext ctx, TriggerHit hit) {
        String w = ctx.norm.get(hit.first());
        boolean infinitive = w.endsWith("are") || w.endsWith("ere") || w.endsWith("ire") || w.endsWith("arsi")
                || w.endsWith("ersi") || w.endsWith("irsi");
        return infinitive && hit.first() > 0 && ctx.norm.get(hit.first() - 1).equals("per");
    }
}
