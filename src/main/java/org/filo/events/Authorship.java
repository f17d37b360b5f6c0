package org.filo.events;

import java.util.List;
import org.filo.model.Channel;

/**
 * "la lettera scritta da Lincoln": a document noun followed by its author. The author is one party, and the
 * clause's subject is the other only when it received the document ("ha ricevuto la lettera inviata da X"); one
 * who reads, quotes or publishes it is no party.
 */
final class Authorship {
    private Authorship() {
    }

    /** True when the document's author follows it and nothing in the clause says the subject received it. */
    static boolean readOnly(SentenceContext ctx, EventLexicon.TriggerHit hit) {
        if (!ctx.cueStartsAt(Cue.Category.AUTHOR, hit.end())) {
            return false;
        }
        int cs = ctx.clauseStartOf(hit.first());
        for (EventLexicon.CueHit cue : ctx.cues) {
            if (cue.category() == Cue.Category.RECIPIENT && cue.first() >= cs && cue.first() < hit.first()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The sender of a letter or message, who initiates it: the subject ("X ha inviato una lettera a Y"), or the
     * counterpart when the subject received it ("X ha ricevuto una lettera da Y"). Null for other channels.
     */
    static String sender(SentenceContext ctx, EventLexicon.TriggerHit hit, Parties parties) {
        if (hit.rule().channel() != Channel.MESSAGE) {
            return null;
        }
        boolean received = ctx.cueIn(Cue.Category.RECIPIENT, ctx.clauseStartOf(hit.first()), hit.first());
        List<String> side = received ? parties.counterpart() : parties.subject();
        return side.size() == 1 && !parties.counterpart().isEmpty() ? side.get(0) : null;
    }
}
