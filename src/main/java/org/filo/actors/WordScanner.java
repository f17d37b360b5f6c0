package org.filo.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into words the same way for the knowledge base and for documents, so that phrases match
 * whatever tokenizer the language stage used: letters and digits make a word, an apostrophe of elision
 * stays with the word before it ("dell'" + "Ucraina"), every other non-space character is a word of its own.
 */
final class WordScanner {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private WordScanner() {
    }

    /** Words of text[from, to), all given the sentence index {@code sentence}. */
    static void scan(String text, int from, int to, int sentence, List<Word> out) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (Character.isLetterOrDigit(c)) {
                while (j < to && isWordChar(text.charAt(j))) {
                    j++;
                }
                if (j + 1 < to && isApostrophe(text.charAt(j)) && Character.isLetter(text.charAt(j + 1))) {
                    j++;
                }
            }
            String surface = text.substring(i, j);
            out.add(new Word(i, j, normalize(surface), Character.isUpperCase(c), !Character.isLetterOrDigit(c),
                    sentence));
            i = j;
        }
    }

    /** The words of a phrase written in the knowledge base. */
    static List<Word> scan(String phrase) {
        List<Word> words = new ArrayList<>();
        scan(phrase, 0, phrase.length(), 0, words);
        return words;
    }

    static List<String> norms(String phrase) {
        List<String> norms = new ArrayList<>();
        for (Word w : scan(phrase)) {
            norms.add(w.norm());
        }
        return norms;
    }

    static String normalize(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        for (int k = 0; k < lower.length(); k++) {
            if (lower.charAt(k) > 127) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
