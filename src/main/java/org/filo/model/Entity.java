package org.filo.model;

/** A named-entity mention. {@code id} is "T1", "T2"… in document order. */
public record Entity(String id, EntityType type, int start, int end, String text) {
    public Span span() {
        return new Span(start, end);
    }
}
