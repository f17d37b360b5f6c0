package org.filo.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything under models/time, read once: lexicons, expression patterns (templates expanded with the
 * lexicons), vetoes and tense markers. Immutable, so one instance serves every thread.
 */
public final class TimeRules {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String[] LEXICONS = {"months", "months_en", "weekdays", "numbers", "units", "parts_of_day",
        "part_of_day_mods", "deictics", "relatives", "periods", "period_mods", "quantity_mods", "anaphora",
        "named_dates"};
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z]+)}"); // {X}, not the \p{L} of a regex
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final Map<String, LexiconTable> lexicons;
    private final List<TimePattern> patterns;
    private final List<Pattern> vetoes;
    private final List<TenseMarker> tenseMarkers;
    private final List<DctPattern> dctPatterns;

    record TenseMarker(Tense tense, Pattern pattern) {
    }

    /** A rule of dct_patterns.tsv: evidence of the document's date, lower rank stronger. */
    record DctPattern(int rank, Pattern pattern, Set<String> groups) {
    }

    private TimeRules(Map<String, LexiconTable> lexicons, List<TimePattern> patterns, List<Pattern> vetoes,
                      List<TenseMarker> tenseMarkers, List<DctPattern> dctPatterns) {
        this.dctPatterns = List.copyOf(dctPatterns);
        this.lexicons = Map.copyOf(lexicons);
        this.patterns = List.copyOf(patterns);
        this.vetoes = List.copyOf(vetoes);
        this.tenseMarkers = List.copyOf(tenseMarkers);
    }

    /** Reads the rules from {@code timeDir} (the project's models/time); a missing or bad file is an error. */
    public static TimeRules load(Path timeDir) {
        if (!Files.isDirectory(timeDir)) {
            throw new IllegalArgumentException("time rules directory not found: " + timeDir.toAbsolutePath());
        }
        Map<String, LexiconTable> lexicons = new HashMap<>();
        for (String name : LEXICONS) {
            lexicons.put(name, LexiconTable.load(timeDir.resolve(name + ".tsv")));
        }
        Map<String, String> macros = macros(lexicons);
        List<TimePattern> patterns = new ArrayList<>();
        for (String line : lines(timeDir.resolve("patterns.tsv"))) {
            String[] cols = line.split("\t", -1);
            if (line.startsWith("@")) {
                macros.put(cols[0].substring(1), cols[1]);
                continue;
            }
            if (cols.length < 2) {
                throw new IllegalArgumentException("patterns.tsv: a rule needs a name and a template: " + line);
            }
            // every rule starts at a word start: RuleScanner relies on it to skip the insides of words
            String regex = "(?<![\\p{L}\\p{N}])(?:" + expand(cols[1], macros) + ")";
            patterns.add(new TimePattern(cols[0], compile(regex, cols[0]),
                    context(cols, 2, macros), context(cols, 3, macros), groupNames(regex)));
        }
        List<Pattern> vetoes = new ArrayList<>();
        for (String line : lines(timeDir.resolve("vetoes.tsv"))) {
            vetoes.add(compile(expand(line, macros), "veto"));
        }
        List<TenseMarker> markers = new ArrayList<>();
        for (String line : lines(timeDir.resolve("tense.tsv"))) {
            String[] cols = line.split("\t", 2);
            markers.add(new TenseMarker(Tense.valueOf(cols[0]), compile(cols[1].replace(" ", "[ \\t]+"), "tense")));
        }
        List<DctPattern> dctPatterns = new ArrayList<>();
        for (String line : lines(timeDir.resolve("dct_patterns.tsv"))) {
            String[] cols = line.split("\t", 2);
            String regex = "(?<![\\p{L}\\p{N}])(?:" + expand(cols[1], macros) + ")";
            dctPatterns.add(new DctPattern(Integer.parseInt(cols[0]), compile(regex, "dct"), groupNames(regex)));
        }
        return new TimeRules(lexicons, patterns, vetoes, markers, dctPatterns);
    }

    LexiconTable lexicon(String name) {
        LexiconTable table = lexicons.get(name);
        if (table == null) {
            throw new IllegalArgumentException("no time lexicon named " + name);
        }
        return table;
    }

    List<DctPattern> dctPatterns() {
        return dctPatterns;
    }

    List<TimePattern> patterns() {
        return patterns;
    }

    List<Pattern> vetoes() {
        return vetoes;
    }

    List<TenseMarker> tenseMarkers() {
        return tenseMarkers;
    }

    private static Map<String, String> macros(Map<String, LexiconTable> lex) {
        Map<String, String> m = new HashMap<>();
        m.put("MONTHANY", lex.get("months").alternation(r -> true));
        m.put("MONTH", lex.get("months").alternation(r -> r.size() < 3 || !"short".equals(r.get(2))));
        m.put("MONTHNAME", lex.get("months").alternation(r -> r.size() < 3 || r.get(2).isBlank()));
        m.put("MONTHEN", lex.get("months_en").alternation(r -> true));
        m.put("WD", lex.get("weekdays").alternation(r -> true));
        m.put("NUM", lex.get("numbers").alternation(r -> true));
        m.put("UNIT", lex.get("units").alternation(r -> true));
        m.put("WORDUNIT", lex.get("units").alternation(r -> !"digits".equals(r.get(4))));
        m.put("POD", lex.get("parts_of_day").alternation(r -> true));
        m.put("PODMOD", lex.get("part_of_day_mods").alternation(r -> true));
        m.put("DEIX", lex.get("deictics").alternation(r -> r.size() < 3 || r.get(2).isBlank()));
        m.put("DEIXPOD", lex.get("deictics").alternation(r -> r.size() >= 3 && !r.get(2).isBlank()));
        m.put("RELPRE", lex.get("relatives").alternation(r -> "pre".equals(r.get(2))));
        m.put("RELPOST", lex.get("relatives").alternation(r -> "post".equals(r.get(2))));
        m.put("RELREF", lex.get("relatives").alternation(r -> "ref".equals(r.get(2))));
        m.put("PERIOD", lex.get("periods").alternation(r -> true));
        m.put("PMOD", lex.get("period_mods").alternation(r -> true));
        m.put("QMOD", lex.get("quantity_mods").alternation(r -> true));
        m.put("ANA", lex.get("anaphora").alternation(r -> true));
        m.put("NAMED", lex.get("named_dates").alternation(r -> true));
        return m;
    }

    /** Template to regex: a space is one or more blanks, "_" optional blanks, {X} a lexicon or macro. */
    static String expand(String template, Map<String, String> macros) {
        String spaced = template.replace(" ", "[ \\t]+").replace("_", "[ \\t]*");
        Matcher m = MACRO.matcher(spaced);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown macro {" + m.group(1) + "} in time pattern " + template);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Pattern context(String[] cols, int col, Map<String, String> macros) {
        if (cols.length <= col || cols[col].isBlank()) {
            return null;
        }
        return compile("(?<![\\p{L}\\p{N}])(?:" + expand(cols[col], macros) + ")[ \\t]*$", "context " + cols[col]);
    }

    private static Set<String> groupNames(String regex) {
        Set<String> names = new HashSet<>();
        Matcher m = GROUP.matcher(regex);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Pattern compile(String regex, String what) {
        try {
            return Pattern.compile(regex, FLAGS);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad time pattern (" + what + "): " + e.getMessage(), e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read time rules " + file, e);
        }
    }
}
