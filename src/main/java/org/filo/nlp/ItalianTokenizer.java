package org.filo.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.filo.model.Token;
import org.filo.model.TimeLimit;

/**
 * Rule-based Italian tokenizer whose tokens are exact slices of the text (offsets are computed, never
 * re-found), shaped like the KIND / FBK NER training data: articulated prepositions stay whole ("della"),
 * elided forms split after the apostrophe ("l’" + "Ucraina", "dell’" + "esercito"), punctuation stands alone,
 * numbers keep their separators ("1,5", "18/02/2022"), and known abbreviations keep their period.
 * CoreNLP's own Italian tokenizer expands multi-word tokens and its character offsets drift after that,
 * and it is slower than the rest of the pipeline together.
 */
public final class ItalianTokenizer {
    private final Set<String> abbreviations;

    public ItalianTokenizer(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** Tokens of {@code text[from, to)}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            if ((tokens.size() & 0xFFF) == 0) {
                TimeLimit.check(); // a 10 MB text is two million tokens: stop at the time limit
            }
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
                i += Character.charCount(c);
                continue;
            }
            int end = isWordChar(c) ? wordEnd(text, i, to) : symbolEnd(text, i, to);
            tokens.add(new Token(i, end, text.substring(i, end)));
            i = end;
        }
        return tokens;
    }

    private int wordEnd(String text, int start, int to) {
        int special = specialEnd(text, start, to);
        if (special > start) {
            return special;
        }
        int i = start;
        while (i < to) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (isWordChar(c)) {
                i += n;
                continue;
            }
            int next = i + n < to ? text.codePointAt(i + n) : -1;
            if (isApostrophe(c)) {
                // Elision: "l’Ucraina" splits after the apostrophe; "po’" keeps it.
                return i + n;
            }
            boolean prevDigit = Character.isDigit(text.codePointBefore(i));
            if ((c == '.' || c == ',' || c == '/' || c == ':') && prevDigit && next >= 0 && Character.isDigit(next)) {
                i += n; // 1,5  4.2  18/02/2022  20:30
                continue;
            }
            if (isHyphen(c) && next >= 0 && isWordChar(next)) {
                i += n; // Emilia-Romagna, COVID-19
                continue;
            }
            if (c == '.' && next >= 0 && Character.isLetter(next) && isInitialsRun(text, start, i)) {
                i += n; // U.S.A, n.d.r
                continue;
            }
            break;
        }
        return withAbbreviationPeriod(text, start, i, to);
    }

    /** URLs, e-mail addresses, hashtags and handles are one token each. */
    private static int specialEnd(String text, int start, int to) {
        if (text.startsWith("http://", start) || text.startsWith("https://", start) || text.startsWith("www.", start)) {
            return nonSpaceEnd(text, start, to, true);
        }
        int end = nonSpaceEnd(text, start, to, false);
        // Look for the '@' and the '.' after it inside this run only: searching the rest of the text for every
        // word made tokenizing quadratic in the document's length.
        int at = indexIn(text, '@', start + 1, end - 1);
        if (at > 0 && indexIn(text, '.', at + 1, end - 1) > 0) {
            return trimTrailingPunctuation(text, start, end);
        }
        return -1;
    }

    /** Index of {@code c} in {@code text[from, to)}, or -1. */
    private static int indexIn(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int nonSpaceEnd(String text, int start, int to, boolean trim) {
        int i = start;
        while (i < to && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return trim ? trimTrailingPunctuation(text, start, i) : i;
    }

    private static int trimTrailingPunctuation(String text, int start, int end) {
        while (end > start + 1 && ".,;:!?)]»”\"'’".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** True when text[start, dot) is one letter, or letters separated by single periods ("n.d"). */
    private static boolean isInitialsRun(String text, int start, int dot) {
        for (int i = start; i < dot; i++) {
            boolean letterPos = (i - start) % 2 == 0;
            char ch = text.charAt(i);
            if (letterPos != Character.isLetter(ch) || (!letterPos && ch != '.')) {
                return false;
            }
        }
        return true;
    }

    private int withAbbreviationPeriod(String text, int start, int end, int to) {
        if (end >= to || text.charAt(end) != '.') {
            return end;
        }
        String word = text.substring(start, end + 1);
        // "W." and "U.S.A." are initials; a lone lower-case letter before a period ends a sentence ("… è.").
        boolean initials = isInitialsRun(text, start, end)
                && (Character.isUpperCase(text.charAt(start)) || end - start > 1);
        if (initials || abbreviations.contains(word) || abbreviations.contains(lowerFirst(word))) {
            return end + 1;
        }
        return end;
    }

    private static String lowerFirst(String word) {
        return Character.toLowerCase(word.charAt(0)) + word.substring(1);
    }

    private static int symbolEnd(String text, int start, int to) {
        char c = text.charAt(start);
        if (c == '.') {
            int i = start;
            while (i < to && text.charAt(i) == '.') {
                i++;
            }
            return i; // "..." stays one token
        }
        if (c == '#' || c == '@') {
            int i = start + 1;
            while (i < to && isWordChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start + 1) {
                return i;
            }
        }
        return start + Character.charCount(text.codePointAt(start));
    }

    static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isApostrophe(int c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '´';
    }

    private static boolean isHyphen(int c) {
        return c == '-' || c == '‐' || c == '‑';
    }
}
