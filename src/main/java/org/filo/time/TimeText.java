package org.filo.time;

import java.util.Locale;

/** Text helpers shared by the time stage: a same-length normalised copy for matching, and lexicon keys. */
final class TimeText {
    private TimeText() {
    }

    /**
     * Same length as the input, so offsets carry over: typographic apostrophes become ' and
     * non-breaking spaces become plain spaces. Case is left alone (patterns are case-insensitive).
     */
    static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00B4' || c == '\u02BC') {
                chars[i] = '\'';
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u2007') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Lexicon lookup key: normalised, lower-cased, inner blanks collapsed to one space. */
    static String key(String surface) {
        return normalize(surface).toLowerCase(Locale.ROOT).strip().replaceAll("[ \\t]+", " ");
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
