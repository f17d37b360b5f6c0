package org.filo.time;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.filo.model.Dct;
import org.filo.model.DctSource;
import org.filo.model.TimeLimit;

/**
 * Infers a document's creation date from its text when neither a manifest nor metadata gives one:
 * the date line of an embedded tweet, then a publication stamp, then a full date with its weekday,
 * then any full date (models/time/dct_patterns.tsv); within the strongest kind found, the latest date.
 * Empty when the text holds no full date (a bare "18 febbraio" has no year to give).
 */
public final class DctInferrer {
    private final TimeRules rules;
    private final LexiconTable months;
    private final LexiconTable englishMonths;
    private final LexiconTable weekdays;

    public DctInferrer(TimeRules rules) {
        this.rules = rules;
        this.months = rules.lexicon("months");
        this.englishMonths = rules.lexicon("months_en");
        this.weekdays = rules.lexicon("weekdays");
    }

    public static DctInferrer fromModels(Path modelsDir) {
        return new DctInferrer(TimeRules.load(modelsDir.resolve("time")));
    }

    /** The inferred date of {@code text}, or empty when the text gives no evidence. */
    public Optional<LocalDate> infer(String text) {
        String norm = TimeText.normalize(text);
        int bestRank = Integer.MAX_VALUE;
        int bestPosition = Integer.MAX_VALUE;
        LocalDate best = null;
        for (TimeRules.DctPattern p : rules.dctPatterns()) {
            if (p.rank() > bestRank) {
                continue;
            }
            Matcher m = p.pattern().matcher(norm);
            while (m.find()) {
                TimeLimit.check(); // a 10 MB text of dates is a long walk
                LocalDate date = date(p, m);
                if (date == null) {
                    continue;
                }
                // tweets: the latest one is closest to the article; other evidence: the first (a dateline)
                boolean better = p.rank() < bestRank
                        || (p.rank() == 1 ? date.isAfter(best) : m.start() < bestPosition);
                if (better) {
                    bestRank = p.rank();
                    bestPosition = m.start();
                    best = date;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every date the evidence rules find in {@code text}, whatever their rank (to measure what is attainable). */
    List<LocalDate> evidence(String text) {
        String norm = TimeText.normalize(text);
        List<LocalDate> out = new ArrayList<>();
        for (TimeRules.DctPattern p : rules.dctPatterns()) {
            Matcher m = p.pattern().matcher(norm);
            while (m.find()) {
                LocalDate date = date(p, m);
                if (date != null) {
                    out.add(date);
                }
            }
        }
        return out;
    }

    /** A DCT record for an inferred date ({@code Dct.NONE} when there is none). */
    public Dct inferDct(String text) {
        return infer(text).map(d -> new Dct(d, DctSource.INFERRED)).orElse(Dct.NONE);
    }

    private LocalDate date(TimeRules.DctPattern p, Matcher m) {
        try {
            int year = Integer.parseInt(m.group("y"));
            int month = p.groups().contains("mn") && m.group("mn") != null ? Integer.parseInt(m.group("mn"))
                    : Integer.parseInt(monthOf(TimeText.key(m.group("m"))));
            int day = Integer.parseInt(m.group("d").replaceAll("[^0-9]", ""));
            LocalDate date = LocalDate.of(year, month, day);
            if (p.groups().contains("wd") && m.group("wd") != null) {
                int iso = Integer.parseInt(weekdays.column(m.group("wd"), 1));
                if (date.getDayOfWeek().getValue() != iso) {
                    return null;  // a weekday that disagrees: not a dateline
                }
            }
            return date;
        } catch (DateTimeException | NumberFormatException e) {
            return null;  // "31/02/2015" and the like are not dates
        }
    }

    private String monthOf(String key) {
        String it = months.column(key, 1);
        return it != null ? it : englishMonths.column(key, 1);
    }
}
