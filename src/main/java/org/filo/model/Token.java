package org.filo.model;

/**
 * A token: its exact surface span in the text and, where a parser ran over its sentence,
 * its part of speech, lemma and dependency head (index into the document's token list, -1 for root
 * or unparsed) with the relation name.
 */
public record Token(int start, int end, String text, String pos, String lemma, int head, String relation) {
    public Token(int start, int end, String text) {
        this(start, end, text, null, null, -1, null);
    }

    public Span span() {
        return new Span(start, end);
    }

    public boolean isParsed() {
        return relation != null;
    }

    public Token withParse(String pos, String lemma, int head, String relation) {
        return new Token(start, end, text, pos, lemma, head, relation);
    }
}
