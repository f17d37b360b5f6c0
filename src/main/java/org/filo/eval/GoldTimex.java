package org.filo.eval;

/** One gold temporal expression (timex.jsonl). */
public record GoldTimex(String docId, TextSpan span, String type, String value, String mod) {
    /** A value holding an X (vague, "PXD") is kept for readers and ignored by the scorer. */
    public boolean ignored() {
        return value != null && value.contains("X");
    }
}
