package org.filo.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Marks runs of headlines with no blank line between them: other articles' titles listed beside or under the
 * story (a 2012 article carrying a 2020 "Pompeo in visita a Roma" sidebar). One title alone stays: it is the
 * story's own headline. A run with story prose both before and after it is inside the story (a live blog's
 * entry titles and summaries) and stays too. A short line already marked (a listing's "29 Agosto 2012 | Name"
 * stamp) between two titles neither counts nor breaks the run; a longer marked line ends it. A title repeated in
 * the run counts once.
 */
final class HeadlineLists {
    /** Fewest headline-like lines in a row that make a list of other articles (a sidebar, "altre notizie"). */
    static final int MIN_HEADLINES = 4;
    static final int HEADLINE_MAX_CHARS = 90;
    static final int HEADLINE_MAX_WORDS = 14;
    /** A line of story prose: a sentence of at least this many words. */
    static final int PROSE_MIN_WORDS = 12;

    private final Set<String> functionWords;

    HeadlineLists(Set<String> functionWords) {
        this.functionWords = functionWords;
    }

    /** {@code lines} are stripped; blank lines break a run. */
    void mark(List<String> lines, boolean[] furniture) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            int count = 0;
            Set<String> titles = new HashSet<>(); // a headline block shown twice is not a list of four titles
            while (j < lines.size()) {
                if (!furniture[j] && isHeadline(lines.get(j))) {
                    count += titles.add(FurnitureRules.normalise(lines.get(j))) ? 1 : 0;
                } else if (!(count > 0 && furniture[j] && lines.get(j).length() <= HEADLINE_MAX_CHARS
                        && nextUnmarkedIsHeadline(lines, furniture, j))) {
                    break;
                }
                j++;
            }
            if (count >= MIN_HEADLINES && !(hasProse(lines, furniture, 0, i) && hasProse(lines, furniture, j, lines.size()))) {
                for (int k = i; k < j; k++) {
                    furniture[k] = true;
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    private boolean nextUnmarkedIsHeadline(List<String> lines, boolean[] furniture, int from) {
        for (int k = from + 1; k < lines.size(); k++) {
            if (!furniture[k]) {
                return isHeadline(lines.get(k));
            }
            if (lines.get(k).length() > HEADLINE_MAX_CHARS) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasProse(List<String> lines, boolean[] furniture, int from, int to) {
        for (int k = from; k < to; k++) {
            String s = lines.get(k);
            if (!furniture[k] && ContentSpanner.endsSentence(s) && s.split("\\s+").length >= PROSE_MIN_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A title-like line: a few words, capitalised or quoted, no sentence end, not cut off after a function word.
     * A trailing "..." is a listing's truncated title, not a sentence end.
     */
    boolean isHeadline(String line) {
        String s = line.endsWith("...") || line.endsWith("…") ? line.replaceFirst("(\\.\\.\\.|…)$", "").strip() : line;
        if (s.isEmpty() || line.length() > HEADLINE_MAX_CHARS || ContentSpanner.endsSentence(s)) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!Character.isUpperCase(first) && "\"“«'".indexOf(first) < 0) {
            return false;
        }
        String[] words = s.split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return words.length >= 3 && words.length <= HEADLINE_MAX_WORDS && !functionWords.contains(last);
    }
}
