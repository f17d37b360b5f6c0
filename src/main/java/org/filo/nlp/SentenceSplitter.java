package org.filo.nlp;

import java.util.ArrayList;
import java.util.List;
import org.filo.model.Sentence;
import org.filo.model.Token;
import org.filo.model.TimeLimit;

/**
 * Groups tokens into sentences. A sentence ends at a terminator (. ! ? … ...) followed by a token that can
 * start a sentence, taking closing quotes and brackets with it; at a blank line; and at a line break unless
 * the line plainly runs on (a lower-case word continues after it, as in hard-wrapped PDF text). News
 * headlines and list items have no final period, so line breaks matter as much as punctuation.
 * Sentences are capped at {@code maxTokens} so one run-on page cannot make later stages slow.
 */
public final class SentenceSplitter {
    private final int maxTokens;

    public SentenceSplitter(int maxTokens) {
        this.maxTokens = maxTokens;
    }

    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> sentences = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if ((i & 0xFFF) == 0) {
                TimeLimit.check();
            }
            boolean last = i + 1 == tokens.size();
            if (last || endsAfter(text, tokens, i) || i + 1 - first >= maxTokens) {
                int end = i;
                while (!last && end + 1 < tokens.size() && isTerminator(tokens.get(i).text())
                        && isAttachedCloser(tokens.get(end), tokens.get(end + 1))) {
                    end++;
                }
                sentences.add(new Sentence(tokens.get(first).start(), tokens.get(end).end(), first, end + 1));
                first = end + 1;
                i = end;
            }
        }
        return sentences;
    }

    private static boolean endsAfter(String text, List<Token> tokens, int i) {
        Token here = tokens.get(i);
        Token next = tokens.get(i + 1);
        int breaks = newlinesBetween(text, here.end(), next.start());
        if (breaks >= 2) {
            return true;
        }
        if (breaks == 1) {
            return !runsOn(here, next);
        }
        if (!isTerminator(here.text())) {
            return false;
        }
        Token after = next;
        for (int j = i + 1; j < tokens.size() && isAttachedCloser(tokens.get(j - 1), tokens.get(j)); j++) {
            after = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        }
        return after == null || canStartSentence(after.text());
    }

    private static boolean runsOn(Token before, Token after) {
        char b = before.text().charAt(before.text().length() - 1);
        char a = after.text().charAt(0);
        return (Character.isLetter(b) || b == ',') && Character.isLowerCase(a);
    }

    /** A closing quote or bracket written right after the previous token belongs to its sentence. */
    private static boolean isAttachedCloser(Token previous, Token closer) {
        return previous.end() == closer.start() && isCloser(closer.text());
    }

    private static int newlinesBetween(String text, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\u2029') {
                n++;
            }
        }
        return n;
    }

    private static boolean isTerminator(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…") || t.startsWith("..");
    }

    private static boolean isCloser(String t) {
        return t.equals("”") || t.equals("\"") || t.equals("»") || t.equals(")") || t.equals("’") || t.equals("]")
                || t.equals("'");
    }

    private static boolean canStartSentence(String t) {
        int c = t.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "“\"«(['‘-–—•*".indexOf(c) >= 0;
    }
}
