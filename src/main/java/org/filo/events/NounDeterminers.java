package org.filo.events;

import java.util.Set;

/**
 * What the words before a trigger noun say of its reference: "la chiamata" refers back (definite), "un'altra
 * conversazione" is one more of a kind told, "il prossimo vertice" is definite yet a new occurrence.
 */
final class NounDeterminers {
    private static final Set<String> DEFINITE = Set.of("la", "il", "lo", "l'", "i", "gli", "le", "della", "del",
            "dello", "dell'", "dei", "degli", "delle", "alla", "al", "all'", "ai", "agli", "nella", "nel", "nell'",
            "sulla", "sul", "dalla", "dal", "dall'", "questa", "questo", "quella", "quello", "sua", "suo", "loro");

    private static final Set<String> NEW_OCCURRENCE = Set.of("prossimo", "prossima", "prossimi", "prossime", "nuovo",
            "nuova", "nuovi", "nuove", "futuro", "futura", "futuri", "future", "successivo", "successiva", "altro",
            "altra");

    /** "un'altra conversazione", "altre telefonate": one more of a kind the text has told. */
    static boolean another(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        for (int k = Math.max(0, hit.first() - 2); k < hit.first(); k++) {
            if (ANOTHER.contains(ctx.norm.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "altre conversazioni", "altri incontri": more of a kind, not one occurrence of it. */
    static boolean severalOthers(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        for (int k = Math.max(0, hit.first() - 2); k < hit.first(); k++) {
            String w = ctx.norm.get(k);
            if (w.equals("altre") || w.equals("altri")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ANOTHER = Set.of("altra", "altro", "altre", "altri", "un'altra");

    /** "il prossimo vertice", "la nuova telefonata": definite, yet another occurrence than the one told. */
    static boolean newOccurrence(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        for (int k = Math.max(0, hit.first() - 2); k < hit.first(); k++) {
            if (NEW_OCCURRENCE.contains(ctx.norm.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> ARTICLES = Set.of("il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una",
            "un'");

    static boolean isArticle(String word) {
        return ARTICLES.contains(word);
    }

    /** "la chiamata", "la prima telefonata", "la sua conversazione": a trigger that refers back. */
    static boolean definite(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        for (int k = hit.first() - 1; k >= 0 && k >= hit.first() - 3; k--) {
            String w = ctx.norm.get(k);
            if (DEFINITE.contains(w)) {
                return true;
            }
            if (w.equals("un") || w.equals("una") || w.equals("uno") || w.equals("un'")) {
                return false;
            }
        }
        return false;
    }

    private NounDeterminers() {
    }
}
