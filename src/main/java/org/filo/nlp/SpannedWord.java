package org.filo.nlp;

import java.util.List;
import org.filo.model.Span;

/**
 * A word handed to the NER tagger with the characters it stands for. Parts of one multi-word token
 * ("della" → "di" "la") share their source word's span.
 */
public record SpannedWord(int start, int end, String word) {

    /** The characters of words [from, to). */
    static Span span(List<SpannedWord> words, int from, int to) {
        return new Span(words.get(from).start(), words.get(to - 1).end());
    }
}
