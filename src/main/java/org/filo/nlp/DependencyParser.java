package org.filo.nlp;

import java.util.BitSet;
import org.filo.model.TextAnalysis;

/**
 * Adds part of speech, lemma and dependency heads to the tokens of the chosen sentences only:
 * the parser is slow, and only sentences that may hold an event need it.
 */
public interface DependencyParser {
    /** Parses nothing: the default, where the parser does not pay (README); {@code --parse} turns it on. */
    DependencyParser NONE = (analysis, sentences) -> analysis;

    TextAnalysis parse(TextAnalysis analysis, BitSet sentences);
}
