package org.filo.model;

/** A sentence: its character span and the half-open range [firstToken, endToken) of its tokens. */
public record Sentence(int start, int end, int firstToken, int endToken) {
    public Span span() {
        return new Span(start, end);
    }

    public int tokenCount() {
        return endToken - firstToken;
    }
}
