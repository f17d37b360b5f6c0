package org.filo.events;

import java.util.Set;

/**
 * "Cockburn e Sengupta parlano dell'ammasso di cadaveri": a speech verb with a topic and no counterpart
 * is talk about something, unless the subjects talk to each other ("si sono parlati").
 */
final class TalkAbout {
    private TalkAbout() {
    }

    private static final Set<String> TOPIC_WORDS = Set.of("di", "del", "della", "dello", "dell'", "dei", "degli",
            "delle", "su", "sul", "sulla", "sullo", "sull'", "sui", "sugli", "sulle");

    /** "parlano della guerra", "parlano ampiamente di economia": a topic right after the verb. */
    static boolean topicFollows(SentenceContext ctx, int from) {
        for (int k = from; k < ctx.size() && k <= from + 2; k++) {
            String w = ctx.norm.get(k);
            if (TOPIC_WORDS.contains(w)) {
                return true;
            }
            if (ctx.isClauseBoundary(k) || SentenceContext.PREPOSITIONS.contains(w)
                    || SentenceContext.BREAKERS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** "si sono parlati", "si parlano", "parlarsi": the parties talk to each other. */
    static boolean reciprocal(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        if (ctx.norm.get(hit.first()).endsWith("rsi")) {
            return true;
        }
        for (int k = hit.first() - 1; k >= 0 && k >= hit.first() - 3; k--) {
            if (ctx.norm.get(k).equals("si")) {
                return true;
            }
        }
        return false;
    }
}
