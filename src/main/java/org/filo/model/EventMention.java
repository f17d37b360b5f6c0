package org.filo.model;

/** One place in the text that supports an event: the trigger and its sentence. */
public record EventMention(Span trigger, Span sentence) {
}
