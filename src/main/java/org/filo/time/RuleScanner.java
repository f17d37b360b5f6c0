package org.filo.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filo.model.Span;

/**
 * Finds the matches of every rule of the grammar in one sentence: for each rule, the matches a plain
 * left-to-right {@code find} would give, but only trying positions where a match can begin. Rules must start
 * with the word-start look-behind {@code (?<![\p{L}\p{N}])} (TimeRules adds it), and each can begin with few
 * characters (its lexicon words' first letters, digits): trying every rule's case-insensitive alternations
 * at every character was most of the time stage's cost. Immutable: one instance serves every thread.
 */
final class RuleScanner {
    /** First characters are tabulated up to the end of General Punctuation; beyond it every rule is tried. */
    static final int TABULATED = 0x2070;

    /** A rule's match that passed the rule's own checks (whole words, context before). */
    record Candidate(int start, int end, int rule) {
        int length() {
            return end - start;
        }

        boolean overlaps(Candidate o) {
            return start < o.end && o.start < end;
        }
    }

    /** Decides whether a rule's raw match is kept, given the text, sentence, match extent and rule index. */
    interface Acceptor {
        boolean accept(String text, Span sentence, int start, int end, int rule);
    }

    private final List<Pattern> patterns;
    private final int[][] rulesByFirstChar;
    private final int[] allRules;

    RuleScanner(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.allRules = new int[patterns.size()];
        for (int r = 0; r < allRules.length; r++) {
            allRules[r] = r;
        }
        boolean[][] possible = new boolean[patterns.size()][];
        for (int r = 0; r < possible.length; r++) {
            possible[r] = firstChars(patterns.get(r));
        }
        this.rulesByFirstChar = new int[TABULATED][];
        for (int c = 0; c < TABULATED; c++) {
            int count = 0;
            int[] rules = new int[possible.length];
            for (int r = 0; r < possible.length; r++) {
                if (possible[r][c]) {
                    rules[count++] = r;
                }
            }
            rulesByFirstChar[c] = Arrays.copyOf(rules, count);
        }
    }

    /**
     * The characters a match of {@code pattern} can begin with: a one-character input either matches or
     * makes the matcher ask for more input ({@code hitEnd}) exactly when some match starts with it.
     */
    static boolean[] firstChars(Pattern pattern) {
        boolean[] possible = new boolean[TABULATED];
        Matcher m = pattern.matcher("");
        for (char c = 0; c < TABULATED; c++) {
            m.reset(String.valueOf(c));
            possible[c] = Character.isSurrogate(c) || m.lookingAt() || m.hitEnd();
        }
        return possible;
    }

    /** Rules whose matches can begin with {@code c}, by index. */
    int[] rulesStartingWith(char c) {
        return c < TABULATED ? rulesByFirstChar[c] : allRules;
    }

    /** Matchers over one document's text, reused for all its sentences. */
    Scan over(String text) {
        return new Scan(text);
    }

    final class Scan {
        private final String text;
        private final Matcher[] matchers;
        private final int[] from;

        private Scan(String text) {
            this.text = text;
            this.matchers = new Matcher[patterns.size()];
            for (int r = 0; r < matchers.length; r++) {
                matchers[r] = patterns.get(r).matcher(text);
                matchers[r].useTransparentBounds(true);
                matchers[r].useAnchoringBounds(false);
            }
            this.from = new int[matchers.length];
        }

        /**
         * Per rule, left to right: the first match at or after the rule's resume point; an accepted match
         * resumes after its end, a rejected one a character after its start ("l'anno" inside "dell'anno"
         * may hide a good one just after it).
         */
        List<Candidate> candidates(Span sentence, Acceptor acceptor) {
            List<Candidate> out = new ArrayList<>();
            Arrays.fill(from, sentence.start());
            for (int i = sentence.start(); i < sentence.end(); i++) {
                // every rule begins with (?<![\p{L}\p{N}]): nothing starts inside a word
                if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    continue;
                }
                for (int r : rulesStartingWith(text.charAt(i))) {
                    if (i < from[r]) {
                        continue;
                    }
                    Matcher m = matchers[r];
                    m.region(i, sentence.end());
                    if (!m.lookingAt()) {
                        continue;
                    }
                    boolean ok = m.end() > m.start() && acceptor.accept(text, sentence, m.start(), m.end(), r);
                    if (ok) {
                        out.add(new Candidate(m.start(), m.end(), r));
                    }
                    from[r] = ok ? m.end() : i + 1;
                }
            }
            return out;
        }
    }
}
