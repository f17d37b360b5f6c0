package org.filo.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.IntPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * CoreNLP's Italian {@code cdc_tokenize} (statistical tokenizer and sentence splitter, multi-word tokens
 * expanded: "della" → "di" "la") with its tokens mapped back to the text. Its own character offsets drift
 * after an expansion ("di" 14-17, "la" 17-20 for "della" at 14-19), so each token is re-found from its
 * original text, scanning forward; the parts of one multi-word token share the source word's span.
 */
public final class StockTokenizer {
    private final StanfordCoreNLP pipeline;

    private StockTokenizer(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    public static StockTokenizer load() {
        Properties props = StockItalianProperties.withAnnotators("cdc_tokenize");
        return new StockTokenizer(new StanfordCoreNLP(props));
    }

    /** The tokenizer's own output, unaligned: for timing it alone. */
    public List<CoreLabel> rawTokens(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        return doc.tokens();
    }

    /**
     * The tokens of {@code text} as the stock pipeline gives them to NER, multi-word tokens expanded
     * ({@code expand}) or kept whole as written ("della").
     *
     * @throws IllegalStateException when a token's original text is not found where the scan expects it
     */
    public List<SpannedWord> words(String text, boolean expand) {
        List<SpannedWord> out = new ArrayList<>();
        int cursor = 0;
        IntPair previousMwt = null;
        SpannedWord previous = null;
        for (CoreLabel token : rawTokens(text)) {
            IntPair mwt = token.get(CoreAnnotations.CoNLLUTokenSpanAnnotation.class);
            if (mwt != null && Objects.equals(mwt, previousMwt)) {
                if (expand) {
                    out.add(new SpannedWord(previous.start(), previous.end(), token.word()));
                }
                continue; // a later part of the same multi-word token: same characters
            }
            String original = token.originalText() != null ? token.originalText() : token.word();
            int start = findForward(text, original, cursor);
            SpannedWord word = new SpannedWord(start, start + original.length(),
                    expand || mwt == null ? token.word() : original);
            out.add(word);
            cursor = word.end();
            previous = word;
            previousMwt = mwt;
        }
        return out;
    }

    /** Where {@code original} starts at or after {@code from}, skipping only whitespace before it. */
    private static int findForward(String text, String original, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (!text.startsWith(original, i)) {
            throw new IllegalStateException("cdc_tokenize token \"" + original + "\" not found at " + i + " in \""
                    + text + "\"");
        }
        return i;
    }
}
