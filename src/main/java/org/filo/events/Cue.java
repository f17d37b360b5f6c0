package org.filo.events;

/** A row of cues.tsv: a pattern that, near a trigger, changes what the trigger means. */
record Cue(TokenPattern pattern, Category category, String example) {
    enum Category {
        PLANNED, SCHEDULED, WISH, REFUSED, SEEK, ESTABLISHED, SUSPENDED, RESUMED, NEGATION, HYPOTHETICAL, GENERIC,
        SPEECH, BOUNDARY, INITIATOR, NONEVENT, PROGRESSIVE, BACKGROUND, LIGHT, ANNOUNCED, MESSAGE_MEDIUM,
        REPRESENTATIVE, AUTHOR, RECIPIENT, EXPECTED, BOYCOTT, LASTED, CONDITION
    }
}
