package org.filo.eval;

/**
 * Text of the listing: spans are code points, Java strings UTF-16. A gold evidence is widened to its
 * sentence by cutting at sentence punctuation (. ! ?) or a line break on either side.
 */
public final class SentenceText {
    private SentenceText() {
    }

    /** The exact text of a code-point span, or null when the span does not fit the text. */
    public static String slice(String text, TextSpan span) {
        int[] utf16 = utf16(text, span);
        return utf16 == null ? null : text.substring(utf16[0], utf16[1]);
    }

    /** The sentence around a code-point span, or null when the span does not fit the text. */
    public static String around(String text, TextSpan span) {
        int[] utf16 = utf16(text, span);
        if (utf16 == null) {
            return null;
        }
        int from = utf16[0];
        while (from > 0 && !isBoundary(text.charAt(from - 1))) {
            from--;
        }
        int to = utf16[1];
        while (to < text.length() && !isBoundary(text.charAt(to))) {
            to++;
        }
        if (to < text.length() && text.charAt(to) != '\n' && text.charAt(to) != '\r') {
            to++; // keep the full stop
        }
        return text.substring(from, Math.max(to, utf16[1])).strip();
    }

    private static boolean isBoundary(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r';
    }

    private static int[] utf16(String text, TextSpan span) {
        if (text == null || span == null || span.start() < 0 || span.end() < span.start()
                || span.end() > text.codePointCount(0, text.length())) {
            return null;
        }
        int start = text.offsetByCodePoints(0, span.start());
        int end = text.offsetByCodePoints(start, span.end() - span.start());
        return new int[] {start, end};
    }
}
