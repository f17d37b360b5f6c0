package org.filo.model;

import java.util.List;

/** What the language stage makes of a text: sentences, tokens and named entities, all with exact offsets. */
public record TextAnalysis(List<Sentence> sentences, List<Token> tokens, List<Entity> entities) {
    public static final TextAnalysis EMPTY = new TextAnalysis(List.of(), List.of(), List.of());

    public TextAnalysis {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    public TextAnalysis withTokens(List<Token> newTokens) {
        return new TextAnalysis(sentences, newTokens, entities);
    }
}
