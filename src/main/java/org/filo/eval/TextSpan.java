package org.filo.eval;

/** A half-open range [start, end) of Unicode code points, as in the gold and output files, with its text. */
public record TextSpan(int start, int end, String text) {
    public boolean sameExtent(TextSpan other) {
        return start == other.start && end == other.end;
    }

    /** Number of code points the two spans share (0 when disjoint). */
    public int overlap(TextSpan other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }
}
