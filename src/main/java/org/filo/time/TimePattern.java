package org.filo.time;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rule of models/time/patterns.tsv, compiled: the expression itself, the words that must (or must not)
 * stand right before it, and the names of its groups (Java 17 cannot list them).
 */
record TimePattern(String name, Pattern pattern, Pattern requireBefore, Pattern forbidBefore, Set<String> groups) {
    TimePattern {
        groups = Set.copyOf(groups);
    }

    /** Whether the words in {@code text} between {@code from} and {@code start} satisfy the rule's context. */
    boolean fitsBefore(String text, int from, int start) {
        if (requireBefore == null && forbidBefore == null) {
            return true;
        }
        if (requireBefore != null && !endsWith(requireBefore, text, from, start)) {
            return false;
        }
        return forbidBefore == null || !endsWith(forbidBefore, text, from, start);
    }

    private static boolean endsWith(Pattern contextPattern, String text, int from, int to) {
        Matcher m = contextPattern.matcher(text);
        m.region(from, to);
        m.useTransparentBounds(true);
        return m.find();
    }
}
