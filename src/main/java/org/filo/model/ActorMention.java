package org.filo.model;

/**
 * A stretch of text that refers to an actor: a name, a surname, a role ("il leader russo"),
 * a capital standing for its government ("Mosca"), a pronoun-like "i due". {@code entityId} is
 * the named entity behind it, or null.
 */
public record ActorMention(int start, int end, String actorId, String entityId) {
    public Span span() {
        return new Span(start, end);
    }
}
