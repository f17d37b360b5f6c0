package org.filo.eval;

import java.util.List;

/** Timex errors for a reader: missed gold, spurious output, and matched pairs that differ. */
public final class TimexListing {
    private TimexListing() {
    }

    /** One timex as the listing shows it (code-point offsets). */
    public record Row(String docId, int start, int end, String text, String type, String value, String mod) {
        static Row of(GoldTimex g) {
            return new Row(g.docId(), g.span().start(), g.span().end(), g.span().text(), g.type(), g.value(), g.mod());
        }

        static Row of(SystemTimex s) {
            return new Row(s.docId(), s.span().start(), s.span().end(), s.span().text(), s.type(), s.value(), s.mod());
        }
    }

    /** A matched pair and what differs in it: extent, value, type, mod. */
    public record Mismatch(Row gold, Row system, List<String> differs) {
        public Mismatch {
            differs = List.copyOf(differs);
        }
    }
}
