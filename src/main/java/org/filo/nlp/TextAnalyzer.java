package org.filo.nlp;

import java.util.List;
import org.filo.model.Span;
import org.filo.model.TextAnalysis;

/**
 * Splits a text into sentences and tokens with exact offsets, and finds named entities inside
 * {@code regions} (the article's content spans; furniture outside them gets no NER).
 */
public interface TextAnalyzer {
    TextAnalysis analyze(String text, List<Span> regions);
}
