package org.filo.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
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
    /** Pairs of first characters are tabulated for a Latin-1 first and a Latin (to Extended-B) second. */
    static final int PAIR_FIRST = 0x100;
    static final int PAIR_SECOND = 0x250;

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
    private final int[] allRules;
    private final int[][] byFirst;
    private final int[][][] byPair;

    RuleScanner(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
        this.allRules = IntStream.range(0, patterns.size()).toArray();
        Matcher[] probes = patterns.stream().map(p -> p.matcher("")).toArray(Matcher[]::new);
        Map<List<Integer>, int[]> shared = new HashMap<>(); // most cells hold the same few lists
        this.byFirst = new int[TABULATED][];
        for (char c = 0; c < TABULATED; c++) {
            String prefix = String.valueOf(c);
            byFirst[c] = Character.isSurrogate(c) ? allRules : select(allRules, probes, prefix, shared);
        }
        this.byPair = new int[PAIR_FIRST][PAIR_SECOND][];
        for (char first = 0; first < PAIR_FIRST; first++) {
            for (char second = 0; second < PAIR_SECOND; second++) {
                byPair[first][second] = byFirst[first].length == 0 ? byFirst[first]
                        : select(byFirst[first], probes, "" + first + second, shared);
            }
        }
    }

    private static int[] select(int[] rules, Matcher[] probes, String prefix, Map<List<Integer>, int[]> shared) {
        int[] kept = Arrays.stream(rules).filter(r -> canBegin(probes[r], prefix)).toArray();
        return shared.computeIfAbsent(Arrays.stream(kept).boxed().toList(), k -> kept);
    }

    /**
     * Whether some match can begin with {@code prefix}: on the prefix alone the matcher either matches or
     * asks for more input ({@code hitEnd}) exactly when some match starts with it.
     */
    static boolean canBegin(Matcher probe, String prefix) {
        probe.reset(prefix);
        return probe.lookingAt() || probe.hitEnd();
    }

    /** Rules whose matches can begin with {@code c}, by index. */
    int[] rulesStartingWith(char c) {
        return c < TABULATED ? byFirst[c] : allRules;
    }

    /** Rules whose matches can begin with {@code first} followed by {@code second}, by index. */
    int[] rulesStartingWith(char first, char second) {
        return first < PAIR_FIRST && second < PAIR_SECOND ? byPair[first][second] : rulesStartingWith(first);
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
                char c = text.charAt(i);
                int[] rules = i + 1 < sentence.end() ? rulesStartingWith(c, text.charAt(i + 1)) : rulesStartingWith(c);
                for (int r : rules) {
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
