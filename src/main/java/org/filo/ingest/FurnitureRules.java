package org.filo.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Phrases that mark a line of a page as furniture (menus, banners, teasers, comment boxes), read from
 * {@code furniture.tsv}: {@code match<TAB>scope<TAB>pattern<TAB>example}. {@code match} is exact, prefix,
 * contains (on the line lower-cased with spaces collapsed) or regex (on the line as written); {@code scope}
 * is line (the line alone) or block (the line and the list of short items that follows it). {@code example}
 * is a line the rule must mark; the tests check every row against its example.
 */
public final class FurnitureRules {
    public enum Match { EXACT, PREFIX, CONTAINS, REGEX }

    public enum Scope { LINE, BLOCK }

    public record Rule(Match match, Scope scope, String pattern, String example, Pattern regex) {
        boolean matches(String normalised, String stripped) {
            return switch (match) {
                case EXACT -> normalised.equals(pattern);
                case PREFIX -> normalised.startsWith(pattern);
                case CONTAINS -> normalised.contains(pattern);
                case REGEX -> regex.matcher(stripped).find();
            };
        }
    }

    private final List<Rule> rules;

    public FurnitureRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The first rule that marks this line, or null. */
    public Rule match(String line) {
        String stripped = line.strip();
        String normalised = normalise(stripped);
        for (Rule r : rules) {
            if (r.matches(normalised, stripped)) {
                return r;
            }
        }
        return null;
    }

    static String normalise(String line) {
        // NBSP and narrow NBSP are common in scraped pages and are not \s in Java's default regex flavour.
        return line.replaceAll("[\\s\\u00A0\\u202F]+", " ").strip().replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    public static FurnitureRules load(Path ingestModels) throws IOException {
        Path file = ingestModels.resolve("furniture.tsv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rules.add(parse(line, file + ":" + (i + 1)));
        }
        rules.addAll(FurnitureLearner.load(ingestModels)); // after the phrases: a phrase rule names its block
        return new FurnitureRules(rules);
    }

    private static Rule parse(String line, String where) throws IOException {
        String[] cols = line.split("\t", -1);
        if (cols.length != 4 || cols[2].isEmpty() || cols[3].isEmpty()) {
            throw new IOException(where + ": expected match<TAB>scope<TAB>pattern<TAB>example, got: " + line);
        }
        try {
            Match match = Match.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
            Scope scope = Scope.valueOf(cols[1].strip().toUpperCase(Locale.ROOT));
            String pattern = match == Match.REGEX ? cols[2] : normalise(cols[2]);
            Pattern regex = match == Match.REGEX ? Pattern.compile(cols[2], Pattern.UNICODE_CHARACTER_CLASS) : null;
            return new Rule(match, scope, pattern, cols[3], regex);
        } catch (IllegalArgumentException e) { // bad enum name or PatternSyntaxException
            String why = e instanceof PatternSyntaxException ? "bad regex" : "bad match or scope";
            throw new IOException(where + ": " + why + " (" + e.getMessage() + ")", e);
        }
    }
}
