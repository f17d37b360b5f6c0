package org.filo.model;

/**
 * A temporal expression with its TIMEX3 type, normalised value (null when it cannot be resolved,
 * e.g. "ieri" without a DCT) and mod (START, MID, END, APPROX, MORE_THAN, … or null).
 */
public record Timex(String id, TimexType type, int start, int end, String text, String value, String mod) {
    public Span span() {
        return new Span(start, end);
    }
}
