package org.filo.eval;

import java.util.List;

/** One sentence of a token-per-line NER file: words and their labels, same length. */
public record TaggedSentence(List<String> words, List<String> labels) {
    public TaggedSentence {
        words = List.copyOf(words);
        labels = List.copyOf(labels);
        if (words.size() != labels.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + labels.size() + " labels");
        }
    }
}
