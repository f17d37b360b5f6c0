package org.filo.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.filo.model.Span;
import org.filo.time.RuleScanner.Candidate;
import org.junit.jupiter.api.Test;

/**
 * The scanner must give exactly what a plain {@code find} per rule gives: it only skips positions where
 * no match can begin. Checked against that plain loop on the grammar's own rules over real text.
 */
class RuleScannerTest {
    private static final TimeRules RULES = TimeRules.load(Path.of("models", "time"));
    private static final List<Pattern> PATTERNS = RULES.patterns().stream().map(TimePattern::pattern).toList();
    private static final RuleScanner SCANNER = new RuleScanner(PATTERNS);
    /** Accepts some matches and rejects others, so both resume rules (after the end, after the start) run. */
    private static final RuleScanner.Acceptor SOME = (text, sentence, start, end, rule) -> (start + end + rule) % 3 != 0;

    @Test
    void aRuleCanBeginWithThePrefixesOfItsAlternativesInAnyCase() {
        Matcher probe = Pattern.compile("(?<![\\p{L}\\p{N}])(?:marzo|àlba|[0-9]+ anni)", TimeRules.FLAGS).matcher("");
        for (String prefix : List.of("m", "M", "ma", "MA", "à", "À", "Àl", "0", "09", "9 ")) {
            assertTrue(RuleScanner.canBegin(probe, prefix), "can begin with '" + prefix + "'");
        }
        for (String prefix : List.of("a", "A", "x", " ", ".", "mx", "àa", "9a", "'m")) {
            assertFalse(RuleScanner.canBegin(probe, prefix), "cannot begin with '" + prefix + "'");
        }
    }

    @Test
    void rulesAreTriedOnlyWhereTheyCanBegin() {
        int[] digit = SCANNER.rulesStartingWith('7');
        assertTrue(digit.length > 0 && digit.length < PATTERNS.size(), "digits start some rules, not all");
        assertEquals(0, SCANNER.rulesStartingWith(' ').length, "no rule starts with a blank");
        assertEquals(PATTERNS.size(), SCANNER.rulesStartingWith('\u4e00').length, "untabulated: every rule");
        int[] ma = SCANNER.rulesStartingWith('m', 'a');
        int[] mx = SCANNER.rulesStartingWith('m', 'x');
        assertTrue(ma.length > 0, "'ma' begins 'marzo', 'maggio'");
        assertEquals(0, mx.length, "no rule begins with 'mx'");
        assertTrue(ma.length <= SCANNER.rulesStartingWith('m').length, "a pair narrows the first character's rules");
        assertArrayEquals(SCANNER.rulesStartingWith('\u4e00'), SCANNER.rulesStartingWith('\u4e00', 'a'),
                "an untabulated pair falls back to its first character");
    }

    @Test
    void sameCandidatesAsAPlainFindOnTheCorpusAndHardText() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(TimeText.normalize(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        texts.add("LUNEDÌ 3 MARZO 2024, «ieri», 𝐀12 marzo; l’altro ieri\u00A0alle 18.30 — dell'anno scorso, 1,2014 "
                + "una o due volte al giorno, 84 giorni\u2009dopo, 一 martedì 5/11/2019 e oltre due anni fa.");
        assertTrue(texts.size() > 1, "corpus/ has articles");
        int compared = 0;
        for (String text : texts) {
            RuleScanner.Scan scan = SCANNER.over(text);
            for (Span sentence : sentences(text)) {
                List<Candidate> expected = plainFind(text, sentence);
                assertEquals(expected, scan.candidates(sentence, SOME), "sentence " + sentence);
                compared += expected.size();
            }
        }
        assertTrue(compared > 50, "too few matches to compare: " + compared);
    }

    private static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    out.add(new Span(start, i));
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** The loop the scanner replaced: every rule's find from the sentence start. */
    private static List<Candidate> plainFind(String text, Span sentence) {
        List<Candidate> out = new ArrayList<>();
        for (int r = 0; r < PATTERNS.size(); r++) {
            Matcher m = PATTERNS.get(r).matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            int from = sentence.start();
            while (from < sentence.end()) {
                m.region(from, sentence.end());
                if (!m.find()) {
                    break;
                }
                boolean ok = m.end() > m.start() && SOME.accept(text, sentence, m.start(), m.end(), r);
                if (ok) {
                    out.add(new Candidate(m.start(), m.end(), r));
                }
                from = ok ? m.end() : m.start() + 1;
            }
        }
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::rule));
        return out;
    }
}
