package org.filo.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The normaliser row by row from src/test/resources/time/normalizer-cases.psv (surface, DCT, tense, reference →
 * type, value, mod), and a check that every rule of patterns.tsv and every lexicon file has a row.
 */
class TimexNormalizerTest {
    private static final String CASES = "/time/normalizer-cases.psv";
    private static final TimeRules RULES = TimeRules.load(Path.of("models", "time"));
    private static final TimexNormalizer NORMALIZER = new TimexNormalizer(RULES);

    @ParameterizedTest(name = "{0} @ {1} {2} → {4} {5} {6}")
    @CsvFileSource(resources = CASES, delimiter = '|')
    void normalises(String surface, String dct, Tense tense, String reference, String type, String value, String mod) {
        LocalDate anchorDate = "none".equals(dct) ? null : LocalDate.parse(dct);
        Optional<TimexNormalizer.Resolution> r = normalize(surface, new TimexNormalizer.Anchor(anchorDate, tense, reference));
        if ("NONE".equals(type)) {
            assertTrue(r.isEmpty(), () -> surface + " should not be an expression, got " + r);
            return;
        }
        assertTrue(r.isPresent(), () -> surface + " not recognised");
        assertEquals(type, r.get().type().name(), surface + " type");
        assertEquals(value, r.get().value(), surface + " value");
        assertEquals(mod, r.get().mod(), surface + " mod");
    }

    @Test
    void everyRuleAndLexiconHasARow() throws IOException {
        List<String> surfaces = surfaces();
        Set<String> uncovered = new TreeSet<>();
        for (TimePattern p : RULES.patterns()) {
            uncovered.add(p.name());
        }
        String all = String.join("\n", surfaces).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        for (String s : surfaces) {
            InContext c = InContext.of(s);
            String rule = NORMALIZER.ruleOf(c.text(), c.start(), c.end());
            if (rule != null) {
                uncovered.remove(rule);
            }
        }
        for (String lexicon : List.of("months", "weekdays", "numbers", "units", "parts_of_day", "part_of_day_mods",
                "deictics", "relatives", "periods", "period_mods", "quantity_mods", "anaphora")) {
            boolean used = RULES.lexicon(lexicon).rows().stream().anyMatch(r -> all.contains(r.get(0)));
            if (!used) {
                uncovered.add(lexicon + ".tsv");
            }
        }
        assertTrue(uncovered.isEmpty(), "rules or lexicons without a test row: " + uncovered);
    }

    /**
     * A surface may start with the words before it in brackets and end with the words after it in braces
     * ("[tra] una settimana", "10{ – 16 settembre}"), for rules that read their context.
     */
    private static Optional<TimexNormalizer.Resolution> normalize(String row, TimexNormalizer.Anchor anchor) {
        InContext c = InContext.of(row);
        return NORMALIZER.normalize(c.text(), c.start(), c.end(), 0, anchor);
    }

    /** A test row's surface inside the text around it. */
    private record InContext(String text, int start, int end) {
        static InContext of(String row) {
            String before = row.startsWith("[") ? row.substring(1, row.indexOf(']')) + " " : "";
            String rest = row.startsWith("[") ? row.substring(row.indexOf(']') + 1).strip() : row;
            String after = rest.endsWith("}") ? rest.substring(rest.indexOf('{') + 1, rest.length() - 1) : "";
            String surface = rest.endsWith("}") ? rest.substring(0, rest.indexOf('{')) : rest;
            return new InContext(TimeText.normalize(before + surface + after), before.length(),
                    before.length() + surface.length());
        }
    }

    private static List<String> surfaces() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = TimexNormalizerTest.class.getResourceAsStream(CASES)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.substring(0, line.indexOf('|')));
                }
            }
        }
        return out;
    }
}
