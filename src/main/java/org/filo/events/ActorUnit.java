package org.filo.events;

import java.util.List;

/**
 * One place in a sentence that names one or more actors (several for a plural "i due"): token range
 * [first, last] relative to the sentence, and the actor ids it stands for.
 */
record ActorUnit(int first, int last, int start, int end, List<String> actorIds, boolean person) {
    ActorUnit {
        actorIds = List.copyOf(actorIds);
    }
}
