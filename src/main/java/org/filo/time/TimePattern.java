package org.filo.time;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One rule of models/time/patterns.tsv, compiled: the expression itself, the words that must (or must not)
 * stand right before it, and the names of its groups (Java 17 cannot list them).
 */
record TimePattern(String name, Pattern pattern, Pattern requireBefore, Pattern forbidBefore, Set<String> groups) {
    TimePattern {
        groups = Set.copyOf(groups);
    }
}
