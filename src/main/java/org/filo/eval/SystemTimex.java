package org.filo.eval;

/** One temporal expression of the output (documents.jsonl {@code timexes}). */
public record SystemTimex(String docId, String id, TextSpan span, String type, String value, String mod) {
}
