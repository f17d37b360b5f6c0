package org.filo.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filo.model.Document;
import org.filo.model.Span;
import org.filo.model.TextAnalysis;
import org.filo.model.Timex;
import org.filo.model.TimexType;
import org.filo.time.RuleScanner.Candidate;
import org.filo.model.TimeLimit;

/**
 * Italian temporal expressions by the grammar of models/time: every pattern proposes extents inside the
 * document's content, the longest non-overlapping ones win, and {@link TimexNormalizer} resolves each against
 * the DCT, the tense of its clause and the last date mentioned before it. Stateless: share one instance.
 */
public final class ItalianTimeTagger implements TimeTagger {
    private static final int CONTEXT_CHARS = 40;

    private final TimeRules rules;
    private final TimexNormalizer normalizer;
    private final TenseDetector tenses;
    private final RuleScanner scanner;

    public ItalianTimeTagger(TimeRules rules) {
        this.rules = rules;
        this.normalizer = new TimexNormalizer(rules);
        this.tenses = new TenseDetector(rules);
        this.scanner = new RuleScanner(rules.patterns().stream().map(TimePattern::pattern).toList());
    }

    /** Loads the rules from {@code modelsDir}/time (the CLI passes the project's models directory). */
    public static ItalianTimeTagger fromModels(Path modelsDir) {
        return new ItalianTimeTagger(TimeRules.load(modelsDir.resolve("time")));
    }

    public TimexNormalizer normalizer() {
        return normalizer;
    }

    @Override
    public List<Timex> tag(Document document, TextAnalysis analysis) {
        String text = TimeText.normalize(document.text());
        List<Span> sentences = SentenceSpans.of(document, analysis);
        List<Timex> out = new ArrayList<>();
        RuleScanner.Scan scan = scanner.over(text);
        String reference = null;
        String earlier = null;
        for (Span sentence : sentences) {
            TimeLimit.check();
            for (Candidate c : select(scan, text, sentence)) {
                Tense tense = tenses.tense(text, sentence.start(), sentence.end(), c.start(), c.end());
                String surface = document.text().substring(c.start(), c.end());
                Optional<TimexNormalizer.Resolution> r = normalizer.normalize(text, c.start(), c.end(),
                        contextFrom(sentence, c.start()), new TimexNormalizer.Anchor(document.dct().value(), tense, reference, earlier));
                if (r.isEmpty() || vague(r.get())) {
                    continue;
                }
                TimexNormalizer.Resolution res = r.get();
                out.add(new Timex("X" + (out.size() + 1), res.type(), c.start(), c.end(), surface, res.value(),
                        res.mod()));
                if ((res.type() == TimexType.DATE || res.type() == TimexType.TIME) && res.value() != null
                        && res.value().matches("\\d{4}.*")) {
                    earlier = reference;
                    reference = res.value();
                }
            }
        }
        return out;
    }

    /** Vague durations ("pochi giorni" → PXD) are not annotated. */
    private static boolean vague(TimexNormalizer.Resolution r) {
        return r.type() == TimexType.DURATION && (r.value() == null || r.value().contains("X"));
    }

    /** Candidates of all rules in one sentence, minus vetoed ones, longest first without overlaps. */
    private List<Candidate> select(RuleScanner.Scan scan, String text, Span sentence) {
        List<Candidate> all = scan.candidates(sentence, (t, s, start, end, rule) ->
                bounded(t, start, end) && context(t, s, start, rules.patterns().get(rule)));
        if (all.isEmpty()) {
            return all;
        }
        List<Candidate> vetoes = new ArrayList<>();
        for (Pattern veto : rules.vetoes()) {
            Matcher m = veto.matcher(text);
            m.region(sentence.start(), sentence.end());
            while (m.find()) {
                vetoes.add(new Candidate(m.start(), m.end(), -1));
            }
        }
        all.sort(Comparator.comparingInt(Candidate::length).reversed()
                .thenComparingInt(Candidate::start).thenComparingInt(Candidate::rule));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : all) {
            if (chosen.stream().noneMatch(c::overlaps) && vetoes.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    /** Whole words and whole numbers only: "2014" not inside "20145" or "1,2014", "ora" not inside "ancora". */
    private static boolean bounded(String text, int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (TimeText.isWordChar(before) && TimeText.isWordChar(text.charAt(start))) {
                return false;
            }
            if ((before == '.' || before == ',' || before == '/' || before == ':') && start > 1
                    && Character.isDigit(text.charAt(start - 2))) {
                return false;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            if (TimeText.isWordChar(after) && TimeText.isWordChar(text.charAt(end - 1))) {
                return false;
            }
            if ((after == '.' || after == ',' || after == '/' || after == ':') && end + 1 < text.length()
                    && Character.isDigit(text.charAt(end + 1)) && Character.isDigit(text.charAt(end - 1))) {
                return false;
            }
        }
        return true;
    }

    /** The rule's required / forbidden words right before the match, looked for within the sentence. */
    private static boolean context(String text, Span sentence, int start, TimePattern p) {
        return p.fitsBefore(text, contextFrom(sentence, start), start);
    }

    private static int contextFrom(Span sentence, int start) {
        return Math.max(sentence.start(), start - CONTEXT_CHARS);
    }
}
