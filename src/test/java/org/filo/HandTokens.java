package org.filo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filo.model.Sentence;
import org.filo.model.Token;

/**
 * Tokens cut by a regex and sentences closed where a rule says, for tests that build an analysis by hand
 * instead of loading the NLP stage. A sentence still open at the end of the text is closed there.
 */
public final class HandTokens {
    private HandTokens() {
    }

    /** Whether a sentence ends with the token that ends at {@code end}. */
    public interface SentenceEnd {
        boolean after(String text, String token, int end);
    }

    public record Split(List<Token> tokens, List<Sentence> sentences) {
    }

    public static Split split(String text, Pattern token, SentenceEnd sentenceEnd) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = token.matcher(text);
        int sentenceStart = -1;
        int firstToken = 0;
        while (m.find()) {
            if (sentenceStart < 0) {
                sentenceStart = m.start();
                firstToken = tokens.size();
            }
            tokens.add(new Token(m.start(), m.end(), m.group()));
            if (sentenceEnd.after(text, m.group(), m.end())) {
                sentences.add(new Sentence(sentenceStart, m.end(), firstToken, tokens.size()));
                sentenceStart = -1;
            }
        }
        if (sentenceStart >= 0) {
            sentences.add(new Sentence(sentenceStart, tokens.get(tokens.size() - 1).end(), firstToken, tokens.size()));
        }
        return new Split(tokens, sentences);
    }
}
