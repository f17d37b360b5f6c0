package org.filo.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.filo.model.EntityType;
import org.filo.model.Span;
import org.filo.nlp.ner.NerMention;

/**
 * A pre-tokenised NER sentence (KIND {@code token<TAB>label}) turned back into text that looks like real
 * writing, with its gold entities as character spans: the input of {@link NerTokenisationBenchmark}.
 *
 * @param text     the sentence as written ("Il presidente dell'Ucraina, ieri (a Roma)…")
 * @param words    the gold words, each an exact slice of {@code text}
 * @param entities the gold entities, spans into {@code text}
 */
public record DetokenisedSentence(String text, List<SpannedWord> words, List<CharEntity> entities) {

    /** An entity by characters: what the benchmark scores, whatever the tokenisation. */
    public record CharEntity(Span span, EntityType type) {
    }

    public DetokenisedSentence {
        words = List.copyOf(words);
        entities = List.copyOf(entities);
    }

    /**
     * Space-joins the words, without a space before closing punctuation, after opening punctuation, or
     * after an elided form before a vowel ("l'" + "Ucraina" → "l'Ucraina"; "po'" + "di" keeps its space).
     */
    public static DetokenisedSentence of(List<String> tokens, List<String> labels) {
        if (tokens.size() != labels.size() || tokens.isEmpty()) {
            throw new IllegalArgumentException(tokens.size() + " tokens but " + labels.size() + " labels");
        }
        StringBuilder text = new StringBuilder();
        List<SpannedWord> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (i > 0 && spaceBetween(tokens.get(i - 1), token)) {
                text.append(' ');
            }
            words.add(new SpannedWord(text.length(), text.length() + token.length(), token));
            text.append(token);
        }
        List<CharEntity> entities = new ArrayList<>();
        for (NerMention m : NerMention.fromLabels(labels)) {
            entities.add(new CharEntity(SpannedWord.span(words, m.startWord(), m.endWord()), m.type()));
        }
        return new DetokenisedSentence(text.toString(), words, entities);
    }

    private static final String CLOSING = ",.;:)]»”!?";
    private static final String OPENING = "([«“";

    static boolean spaceBetween(String previous, String next) {
        if (next.length() == 1 && CLOSING.indexOf(next.charAt(0)) >= 0) {
            return false;
        }
        if (previous.length() == 1 && OPENING.indexOf(previous.charAt(0)) >= 0) {
            return false;
        }
        boolean elided = previous.length() > 1 && Character.isLetter(previous.charAt(0))
                && ItalianTokenizer.isApostrophe(previous.codePointBefore(previous.length()));
        return !(elided && startsWithVowel(next));
    }

    private static boolean startsWithVowel(String word) {
        char first = Character.toLowerCase(word.charAt(0));
        return "aeiouhàèéìíòóùú".indexOf(first) >= 0 || (word.length() > 1 && first == 'y')
                || word.toUpperCase(Locale.ROOT).equals(word) && Character.isLetter(first); // l'ONU, l'USL
    }
}
