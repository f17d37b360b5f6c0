package org.filo.time;

import java.util.ArrayList;
import java.util.List;
import org.filo.model.Document;
import org.filo.model.Sentence;
import org.filo.model.Span;
import org.filo.model.TextAnalysis;

/**
 * The stretches the tagger works on: the analysis's sentences cut to the content spans, or, when the
 * analysis has none, the content spans split at line breaks and at sentence-final punctuation.
 */
final class SentenceSpans {
    private SentenceSpans() {
    }

    static List<Span> of(Document document, TextAnalysis analysis) {
        List<Span> out = new ArrayList<>();
        for (Span content : document.contentSpans()) {
            if (analysis.sentences().isEmpty()) {
                split(document.text(), content, out);
                continue;
            }
            for (Sentence s : analysis.sentences()) {
                int start = Math.max(s.start(), content.start());
                int end = Math.min(s.end(), content.end());
                if (start < end) {
                    out.add(new Span(start, end));
                }
            }
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static void split(String text, Span content, List<Span> out) {
        int start = content.start();
        for (int i = content.start(); i < content.end(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n'
                    || (c == '.' || c == '!' || c == '?') && i + 1 < content.end() && Character.isWhitespace(text.charAt(i + 1));
            if (end) {
                add(start, i + 1, out);
                start = i + 1;
            }
        }
        add(start, content.end(), out);
    }

    private static void add(int start, int end, List<Span> out) {
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
