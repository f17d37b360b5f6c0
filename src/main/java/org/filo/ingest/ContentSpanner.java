package org.filo.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.filo.model.Span;

/**
 * Marks page furniture line by line and returns the rest as content spans; the text itself is never changed.
 * A line is furniture when a phrase rule marks it, when it follows a block header (a "Ti potrebbe interessare"
 * list), when it is script or style code, or when it is a very short non-sentence line in a run of such lines
 * (menus, author strips, share buttons). Hard-wrapped prose survives: its short lines start lower-case or end
 * on a function word.
 */
public final class ContentSpanner {
    /** A menu item has at most this many words and characters. */
    static final int MENU_MAX_WORDS = 3;
    static final int MENU_MAX_CHARS = 30;
    /** Fewest short lines (furniture lines count too) that make a run. */
    static final int MIN_RUN = 3;
    /** Items of a block list are shorter than this; a longer line is prose and ends the block. */
    static final int BLOCK_ITEM_MAX_CHARS = 220;
    /** A repeated line this long (normalised) is a second copy: the page's headline block shown twice, a teaser. */
    static final int REPEAT_MIN_CHARS = 20;
    /** A teaser cut off mid-sentence is at least this many words long. */
    static final int TEASER_MIN_WORDS = 8;

    private static final Pattern CODE_START = Pattern.compile(
            "^(var |let |const |function\\b|if ?\\(|else\\b|for ?\\(|return\\b|//|/\\*|\\*/|@media|<[a-zA-Z/!])");
    private static final Pattern CODE_CALL = Pattern.compile("\\w\\.\\w+\\(");
    private static final Pattern CSS_DECLARATION = Pattern.compile("^-?[a-z][a-z-]*\\s*:\\s*[^\\s;][^;]*;\\s*}?$");
    private static final Pattern CODE_PUNCTUATION = Pattern.compile("[=(){};]|[\"'],\\s*$");
    /** A PHP-serialised value ("a:2:{s:5:\"pages\";…"): a CMS's dump of its own fields, never the article's prose. */
    private static final Pattern SERIALISED = Pattern.compile("(?:^|[{;])[aisbd]:\\d+[:;]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;,][\"'”»)\\]]*$");

    private final FurnitureRules rules;
    private final Set<String> functionWords;
    private final HeadlineLists headlines;

    public ContentSpanner(FurnitureRules rules, Set<String> italianFunctionWords) {
        this.rules = rules;
        this.functionWords = Set.copyOf(italianFunctionWords);
        this.headlines = new HeadlineLists(functionWords);
    }

    private record Line(int start, int end, String text) {
        boolean blank() {
            return text.isBlank();
        }
    }

    public List<Span> contentSpans(String text) {
        return contentSpans(text, PageLayout.NONE);
    }

    /** With what an HTML page's structure says (its nav, aside, footer, link lists) marked first. */
    List<Span> contentSpans(String text, PageLayout layout) {
        List<Line> lines = split(text);
        boolean[] furniture = new boolean[lines.size()];
        LayoutMarks.mark(text, lines.stream().map(l -> new Span(l.start(), l.end())).toList(), layout, furniture);
        markRulesAndBlocks(lines, furniture);
        markShortRuns(lines, furniture);
        markCodeBetweenCode(lines, furniture);
        headlines.mark(lines.stream().map(l -> l.text().strip()).toList(), furniture);
        markRepeats(lines, furniture); // last: a list or a live blog is judged on all its lines
        markTailTeasers(lines, furniture);
        return spans(lines, furniture);
    }

    /** True when the line would be furniture on its own (phrase rule or code); used by tests and tools. */
    public boolean isFurnitureLine(String line) {
        return rules.match(line) != null || isCode(line.strip());
    }

    private void markRulesAndBlocks(List<Line> lines, boolean[] furniture) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue;
            }
            FurnitureRules.Rule rule = rules.match(line.text());
            if (rule == null) {
                furniture[i] |= isCode(line.text().strip());
                continue;
            }
            furniture[i] = true;
            if (rule.scope() == FurnitureRules.Scope.BLOCK) {
                i = markBlock(lines, furniture, i);
            }
        }
    }

    /** Marks the list under a block header: short lines that are not sentences, up to a blank line after them. */
    private int markBlock(List<Line> lines, boolean[] furniture, int header) {
        int items = 0;
        int i = header + 1;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                if (items > 0) {
                    break;
                }
                continue;
            }
            String s = line.text().strip();
            boolean item = s.length() < BLOCK_ITEM_MAX_CHARS && !endsSentence(s) || rules.match(s) != null;
            if (!item) {
                break;
            }
            furniture[i] = true;
            items++;
        }
        return i - 1;
    }

    private void markShortRuns(List<Line> lines, boolean[] furniture) {
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).blank() || !(furniture[i] || isMenuItem(lines.get(i).text().strip()))) {
                i++;
                continue;
            }
            int end = i; // the run: short or furniture lines, blank lines between them allowed
            int count = 0;
            int menuItems = 0;
            for (int j = i; j < lines.size(); j++) {
                if (lines.get(j).blank()) {
                    continue;
                }
                boolean menu = isMenuItem(lines.get(j).text().strip());
                if (!furniture[j] && !menu) {
                    break;
                }
                end = j;
                count++;
                menuItems += menu && !furniture[j] ? 1 : 0;
            }
            if (count >= MIN_RUN && menuItems > 0) {
                for (int j = i; j <= end; j++) {
                    furniture[j] |= !lines.get(j).blank();
                }
            }
            i = end + 1;
        }
    }

    /** A very short line that is not a sentence nor a piece of wrapped prose: "Cerca", "Gambino", "Esteri". */
    boolean isMenuItem(String s) {
        if (s.isEmpty() || s.length() > MENU_MAX_CHARS || endsSentence(s)) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > MENU_MAX_WORDS || Character.isLowerCase(s.codePointAt(0))) {
            return false;
        }
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        return words.length == 1 || !functionWords.contains(last);
    }

    static boolean isCode(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (CODE_START.matcher(s).find() || CSS_DECLARATION.matcher(s).matches()
                || CODE_CALL.matcher(s).results().limit(2).count() == 2 // a.b(…) twice: prose never does that
                || SERIALISED.matcher(s).results().limit(3).count() == 3) {
            return true;
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        boolean codeEdge = first == '}' || first == '{' || last == '{' || last == '}' || last == ';';
        return codeEdge && (s.length() <= 3 || s.contains("=") || s.contains("{") || s.contains("}")
                || s.contains("$") || CODE_CALL.matcher(s).find());
    }

    /**
     * A line between two code lines is code when it has code's punctuation: the pieces of a statement wrapped over
     * lines ("\"Giugno\", \"Luglio\",", "vote_IL_1 = null") that no rule sees alone.
     */
    private static void markCodeBetweenCode(List<Line> lines, boolean[] furniture) {
        int previous = -1; // the last non-blank line
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).blank()) {
                continue;
            }
            int next = i + 1;
            while (next < lines.size() && lines.get(next).blank()) {
                next++;
            }
            String s = lines.get(i).text().strip();
            if (!furniture[i] && previous >= 0 && next < lines.size() && isCode(lines.get(previous).text().strip())
                    && isCode(lines.get(next).text().strip()) && CODE_PUNCTUATION.matcher(s).find()) {
                furniture[i] = true;
            }
            previous = i;
        }
    }

    /** The second and later copies of a line are furniture; the first copy keeps whatever verdict it had. */
    private static void markRepeats(List<Line> lines, boolean[] furniture) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String key = FurnitureRules.normalise(lines.get(i).text());
            if (key.length() >= REPEAT_MIN_CHARS && !seen.add(key)) {
                furniture[i] = true;
            }
        }
    }

    /**
     * Two or more lines of prose cut off mid-sentence, after the story's last sentence and before a page footer,
     * are teasers of other articles ("Il tifone Vamco … nelle Filippine avverrà"). Without a footer after them they
     * may be the story's own captions or tweets, and stay.
     */
    private static void markTailTeasers(List<Line> lines, boolean[] furniture) {
        int i = lines.size() - 1;
        boolean footer = false;
        while (i >= 0 && (lines.get(i).blank() || furniture[i])) {
            footer |= furniture[i];
            i--;
        }
        int teasers = 0;
        int first = i + 1;
        for (; i >= 0; i--) {
            String s = lines.get(i).text().strip();
            if (s.isEmpty()) {
                continue;
            }
            if (furniture[i] || endsSentence(s) || s.split("\\s+").length < TEASER_MIN_WORDS) {
                break;
            }
            teasers++;
            first = i;
        }
        boolean storyEnds = i >= 0 && endsSentence(lines.get(i).text().strip());
        if (teasers >= 2 && storyEnds && footer) {
            for (int k = first; k < lines.size(); k++) {
                furniture[k] |= !lines.get(k).blank();
            }
        }
    }

    static boolean endsSentence(String s) {
        return SENTENCE_END.matcher(s).find();
    }

    private static List<Span> spans(List<Line> lines, boolean[] furniture) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.blank()) {
                continue; // blank lines neither open nor close a span
            }
            if (furniture[i]) {
                if (start >= 0) {
                    spans.add(new Span(start, end));
                    start = -1;
                }
                continue;
            }
            String t = line.text();
            int lead = t.length() - t.stripLeading().length();
            int trail = t.length() - t.stripTrailing().length();
            if (start < 0) {
                start = line.start() + lead;
            }
            end = line.end() - trail;
        }
        if (start >= 0) {
            spans.add(new Span(start, end));
        }
        return spans;
    }

    private static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new Line(start, i, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(start, text.length(), text.substring(start)));
        }
        return lines;
    }
}
