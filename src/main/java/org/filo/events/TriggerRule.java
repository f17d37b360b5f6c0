package org.filo.events;

import java.util.Set;
import org.filo.model.Channel;

/** A row of triggers.tsv: a pattern, the channel it signals, whether it is a noun or a verb, and its flags. */
record TriggerRule(TokenPattern pattern, Channel channel, boolean verb, Set<Flag> flags, String example) {
    enum Flag { WEAK, STANDING, INITIATOR, OBJ, A_OBJ, NEEDS_OBJ, PLACE_HOST, TOPIC, PLACE_MEETING, SESSION, VENUE }

    TriggerRule {
        flags = Set.copyOf(flags);
    }

    boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
