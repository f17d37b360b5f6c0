package org.filo.ingest;

import java.util.List;
import org.filo.model.Span;

/**
 * Marks the lines an HTML page's structure shows to be furniture (see {@link PageLayout}): a line mostly inside a
 * nav, aside, footer or page header; and link lists, that is two or more lines in a row made mostly of link text,
 * or one line holding three links or more and little else ("Home | Politica | Esteri"). The last link of a run
 * stays when story prose follows it: a blog post's title links to its own page, under the blog's sidebar.
 */
final class LayoutMarks {
    /** Share of a line's visible characters that makes it part of what covers them. */
    static final double FURNITURE_SHARE = 0.5;
    static final double LINK_SHARE = 0.8;
    /** Fewest links that make one line a menu by itself. */
    static final int MENU_LINKS = 3;

    private LayoutMarks() {
    }

    static void mark(String text, List<Span> lines, PageLayout layout, boolean[] furniture) {
        if (layout.isEmpty()) {
            return;
        }
        int[] inFurniture = visibleCounts(text, layout.furniture());
        int[] inLinks = visibleCounts(text, layout.links());
        int[] visible = visibleCounts(text, List.of(new Span(0, text.length())));
        boolean[] linky = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            int all = count(visible, line);
            if (all == 0) {
                continue;
            }
            furniture[i] |= count(inFurniture, line) >= FURNITURE_SHARE * all;
            linky[i] = count(inLinks, line) >= LINK_SHARE * all;
            furniture[i] |= linky[i] && layout.links().stream().filter(l -> l.overlaps(line)).count() >= MENU_LINKS;
        }
        markLinkRuns(text, lines, linky, furniture);
    }

    private static void markLinkRuns(String text, List<Span> lines, boolean[] linky, boolean[] furniture) {
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            int count = 0;
            while (j < lines.size() && (linky[j] || lines.get(j).of(text).isBlank())) {
                count += linky[j] ? 1 : 0;
                j++;
            }
            if (count >= 2) {
                int last = j - 1;
                while (!linky[last]) {
                    last--;
                }
                for (int k = i; k < j; k++) {
                    furniture[k] |= linky[k] && !(k == last && proseFollows(text, lines, j));
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    /** Whether the next non-blank line from {@code from} is a sentence of story prose. */
    private static boolean proseFollows(String text, List<Span> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            String s = lines.get(k).of(text).strip();
            if (!s.isEmpty()) {
                return ContentSpanner.endsSentence(s) || s.split("\\s+").length >= HeadlineLists.PROSE_MIN_WORDS;
            }
        }
        return false;
    }

    /** Prefix counts of the visible (non-whitespace) characters that lie inside {@code spans}. */
    private static int[] visibleCounts(String text, List<Span> spans) {
        boolean[] inside = new boolean[text.length()];
        for (Span s : spans) {
            for (int k = s.start(); k < s.end() && k < text.length(); k++) {
                inside[k] = true;
            }
        }
        int[] prefix = new int[text.length() + 1];
        for (int k = 0; k < text.length(); k++) {
            prefix[k + 1] = prefix[k] + (inside[k] && !Character.isWhitespace(text.charAt(k)) ? 1 : 0);
        }
        return prefix;
    }

    private static int count(int[] prefix, Span line) {
        return prefix[line.end()] - prefix[line.start()];
    }
}
