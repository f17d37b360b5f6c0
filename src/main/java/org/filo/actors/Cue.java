package org.filo.actors;

/** Kinds of context words of cues.tsv (the file's header comment says what each does). */
enum Cue {
    LAST_PERSON, PAIR_PERSONS, PAIR_LEADERS, PAIR_COUNTRIES, AGENT_NOUN,
    PAIR_FOLLOWER, ARTICLE, LOCATIVE, PLACE_NOUN, EVENT_NOUN, ROLE_PREFIX, PREPOSITION;

    /** Cues matched as phrases in the text; the others are single words looked up around a match. */
    boolean isPhrase() {
        return ordinal() <= AGENT_NOUN.ordinal();
    }
}
