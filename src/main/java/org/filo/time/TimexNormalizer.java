package org.filo.time;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import org.filo.model.TimexType;

/**
 * Surface of a temporal expression + anchor (DCT, tense, last mentioned date) → TIMEX3 type, value, mod.
 * A pure function of its arguments once the rules are loaded. The first pattern of models/time/patterns.tsv
 * that matches the whole surface decides how it is read; its named groups carry the parts.
 */
public final class TimexNormalizer {
    private final TimeRules rules;
    private final LexiconTable months;
    private final LexiconTable weekdays;
    private final LexiconTable numbers;
    private final LexiconTable units;

    /**
     * What an expression is resolved against: the DCT (null when unknown), the tense, the last date value and
     * the one before it (two dates of one other year make a story told in that year).
     */
    public record Anchor(LocalDate dct, Tense tense, String reference, String earlier) {
        public Anchor(LocalDate dct, Tense tense, String reference) {
            this(dct, tense, reference, null);
        }

        public static Anchor of(LocalDate dct, Tense tense) {
            return new Anchor(dct, tense, null);
        }
    }

    /** A normalised expression. {@code value} is null when it cannot be resolved (no DCT, no antecedent). */
    public record Resolution(TimexType type, String value, String mod) {
    }

    public TimexNormalizer(TimeRules rules) {
        this.rules = rules;
        this.months = rules.lexicon("months");
        this.weekdays = rules.lexicon("weekdays");
        this.numbers = rules.lexicon("numbers");
        this.units = rules.lexicon("units");
    }

    /** Empty when the surface, read alone (no words around it), is not a temporal expression of this grammar. */
    public Optional<Resolution> normalize(String surface, Anchor anchor) {
        String s = TimeText.normalize(surface).strip();
        return normalize(s, 0, s.length(), 0, anchor);
    }

    /**
     * The expression at [start, end) of the normalised {@code text}, read by the first rule that matches it
     * exactly there: rules see the text around it (the words a rule requires or forbids before it, from
     * {@code contextFrom}; what a look-ahead needs after it, as in "10 – 16 settembre").
     */
    Optional<Resolution> normalize(String text, int start, int end, int contextFrom, Anchor anchor) {
        Parts parts = read(text, start, end, contextFrom);
        return parts == null ? Optional.empty() : interpret(parts, anchor);
    }

    /** Named name of the pattern that reads this surface, or null (used by the rule-coverage test). */
    String ruleOf(String text, int start, int end) {
        Parts parts = read(text, start, end, 0);
        return parts == null ? null : parts.pattern.name();
    }

    private Parts read(String text, int start, int end, int contextFrom) {
        for (TimePattern p : rules.patterns()) {
            Matcher m = p.pattern().matcher(text);
            m.region(start, end);
            m.useTransparentBounds(true);
            if (m.matches() && p.fitsBefore(text, contextFrom, start)) {
                return new Parts(p, m);
            }
        }
        return null;
    }

    private Optional<Resolution> interpret(Parts g, Anchor a) {
        if (g.has("set") || g.has("setwd")) {
            return Optional.of(set(g));
        }
        if (g.has("u")) {
            return amount(g, a);
        }
        String mod = g.has("pmod") ? rules.lexicon("period_mods").column(g.get("pmod"), 1) : null;
        String value = calendarValue(g, a);
        String pod = g.has("pod") ? rules.lexicon("parts_of_day").column(g.get("pod"), 1) : null;
        if (pod == null && g.has("dx")) {
            pod = rules.lexicon("deictics").column(g.get("dx"), 2);
        }
        if (pod == null && g.has("ana")) {
            pod = rules.lexicon("anaphora").column(g.get("ana"), 2);
        }
        if (g.has("pod") && rules.lexicon("parts_of_day").column(g.get("pod"), 2) != null) {
            mod = rules.lexicon("parts_of_day").column(g.get("pod"), 2);  // "all'alba": EARLY in the morning
        }
        if (g.has("podmod")) {
            mod = rules.lexicon("part_of_day_mods").column(g.get("podmod"), 1);
        }
        if (g.has("dx") && "NI".equals(pod) && a.tense() == Tense.PAST && value != null && a.dct() != null
                && value.equals(a.dct().toString())) {
            value = a.dct().minusDays(1).toString();  // "stanotte" told in the past: the night that ended this morning
        }
        if (g.has("hh") || g.has("hw")) {
            int hour = g.has("hh") ? Integer.parseInt(g.get("hh")) : wordHour(g.get("hw"), g.has("pmhour") ? "AF" : pod);
            mod = g.has("approx") ? "APPROX" : mod;
            if (hour < 0) {
                return Optional.empty();
            }
            String hm = String.format("T%02d:%s", hour, g.has("mi") ? g.get("mi") : "00");
            String day = value != null && value.matches("\\d{4}-\\d{2}-\\d{2}") ? value : dayOf(a);
            return Optional.of(new Resolution(TimexType.TIME, day == null ? null : day + hm, mod));
        }
        if (pod != null) {
            if (value == null && g.has("podonly")) {
                value = dayOf(a);  // "in serata": the evening of the day the text is telling
            }
            return Optional.of(new Resolution(TimexType.TIME, value == null ? null : value + "T" + pod, mod));
        }
        return Optional.of(new Resolution(TimexType.DATE, value, mod));
    }

    /** DATE value of the calendar parts: explicit date, weekday, deictic, relative period or anaphor. */
    private String calendarValue(Parts g, Anchor a) {
        if (g.has("named")) {
            return rules.lexicon("named_dates").column(g.get("named"), 1);
        }
        LocalDate dct = a.dct();
        if (g.has("m") || g.has("mn") || g.has("men") || g.has("y") && !g.has("per")) {
            Integer month = g.has("m") ? Integer.valueOf(months.column(g.get("m"), 1))
                    : g.has("men") ? Integer.valueOf(rules.lexicon("months_en").column(g.get("men"), 1))
                    : g.has("mn") ? Integer.valueOf(g.get("mn")) : null;
            Integer day = g.has("d") ? day(g.get("d")) : null;
            Integer weekday = g.has("wd") ? Integer.valueOf(weekdays.column(g.get("wd"), 1)) : null;
            int rel = relative(g);
            Tense tense = rel < 0 ? Tense.PAST : rel > 0 ? Tense.FUTURE : a.tense();
            ReferenceDate ref = ReferenceDate.parse(a.reference());
            Integer year = g.has("y") ? Integer.valueOf(g.get("y"))
                    : g.has("yrel") || g.has("yrel2") ? relativeYear(g, dct)
                    : g.has("rrel") ? (ref == null ? null : ref.yearOfNext(month, offset("rrel", g)))
                    : storyYear(ref, weekday, rel, a)
                    ? Integer.valueOf(ref.yearNear(month, day)) : CalendarResolver.year(month, day, weekday, dct, tense);
            if (rel != 0 && year != null && day == null && month == dct.getMonthValue() && year == dct.getYear()) {
                year += rel;  // "lo scorso aprile" written in April is the April of last year
            }
            String y = year == null ? "XXXX" : String.valueOf(year);
            if (month == null) {
                return y;
            }
            String ym = y + String.format("-%02d", month);
            return day == null ? ym : ym + String.format("-%02d", day);
        }
        if (g.has("wd") && g.has("dom")) {
            int iso = Integer.parseInt(weekdays.column(g.get("wd"), 1));
            LocalDate d = CalendarResolver.weekdayOfMonthDay(iso, day(g.get("dom")), dct, a.tense());
            return d == null ? CalendarResolver.weekdayPattern(iso) : d.toString();
        }
        if (g.has("wd") || g.has("wd2")) {
            int iso = Integer.parseInt(weekdays.column(g.get(g.has("wd") ? "wd" : "wd2"), 1));
            LocalDate d = CalendarResolver.weekday(iso, dct, a.tense(), relative(g));
            return d == null ? CalendarResolver.weekdayPattern(iso) : d.toString();
        }
        if (g.has("dx")) {
            String offset = rules.lexicon("deictics").column(g.get("dx"), 1);
            return CalendarResolver.period("D", Integer.parseInt(offset), dct);
        }
        if (g.has("per")) {
            String granularity = rules.lexicon("periods").column(g.get("per"), 1);
            if (g.has("y")) {
                return g.get("y") + "-" + granularity;
            }
            if (!g.has("rel") && !g.has("rel2") && granularity.length() == 2) {
                return CalendarResolver.season(granularity, dct, a.tense());  // "prima dell'autunno"
            }
            return CalendarResolver.period(granularity, relative(g), dct);
        }
        if (g.has("ana")) {
            String granularity = rules.lexicon("anaphora").column(g.get("ana"), 1);
            String offset = rules.lexicon("anaphora").column(g.get("ana"), 3);
            ReferenceDate ref = ReferenceDate.parse(a.reference());
            if (offset != null || "W".equals(granularity)) {
                return ref == null ? null : ref.shifted(granularity, offset == null ? 0 : Integer.parseInt(offset));
            }
            return truncate(a.reference(), granularity);
        }
        return null;
    }

    /**
     * Whether a day or month without a year takes its year from the story rather than from the DCT: the text's
     * last two dates lie in one earlier year and the last is a day or month (a chronology, a look back; one
     * mention, "da marzo 2011", or a bare year, "dall'invasione del 2022", is not a story), and the clause is
     * not about the future.
     */
    private static boolean storyYear(ReferenceDate ref, Integer weekday, int rel, Anchor a) {
        if (ref == null || weekday != null || rel != 0 || a.tense() == Tense.FUTURE || a.dct() == null) {
            return false;
        }
        ReferenceDate earlier = ReferenceDate.parse(a.earlier());
        return ("D".equals(ref.granularity()) || "M".equals(ref.granularity())) && ref.year() < a.dct().getYear()
                && earlier != null && earlier.year() == ref.year();
    }

    /** Hour of "le otto di mattina", "le dieci di sera"; -1 when the number is not an hour of the clock. */
    private int wordHour(String word, String pod) {
        BigDecimal n = number(word);
        if (n.stripTrailingZeros().scale() > 0 || n.intValue() < 1 || n.intValue() > 12) {
            return -1;
        }
        int h = n.intValue();
        boolean pm = "AF".equals(pod) || "EV".equals(pod) || "NI".equals(pod) && h >= 6;
        return pm && h < 12 ? h + 12 : h;
    }

    /** "84 giorni", "circa un'ora", "oltre due anni fa". */
    private Optional<Resolution> amount(Parts g, Anchor a) {
        String unitKey = g.get("u");
        boolean wordNumber = g.has("n") && numbers.contains(g.get("n"));
        if (wordNumber && "digits".equals(units.column(unitKey, 4))) {
            return Optional.empty();
        }
        BigDecimal n = g.has("n") ? number(g.get("n")) : BigDecimal.ONE;  // "l'ultimo anno": one
        if (g.has("half")) {
            n = n.add(new BigDecimal("0.5"));
        }
        String letter = units.column(unitKey, 1);
        boolean time = "time".equals(units.column(unitKey, 2));
        n = n.multiply(new BigDecimal(units.column(unitKey, 3)));
        LexiconTable qmods = rules.lexicon("quantity_mods");
        if (g.has("later")) {
            return Optional.of(new Resolution(TimexType.DATE,
                    CalendarResolver.after(letter, time, n.doubleValue(), a.dct()), null));
        }
        if (g.has("ago")) {
            String mod = g.has("qmod") ? qmods.column(g.get("qmod"), 2) : null;
            return Optional.of(new Resolution(TimexType.DATE,
                    CalendarResolver.before(letter, time, n.doubleValue(), a.dct()), mod));
        }
        String mod = g.has("qmod") ? qmods.column(g.get("qmod"), 1) : null;
        return Optional.of(new Resolution(TimexType.DURATION, Durations.format(n, letter, time), mod));
    }

    private Resolution set(Parts g) {
        if (g.has("setwd")) {
            int iso = Integer.parseInt(weekdays.column(g.get("setwd"), 1));
            return new Resolution(TimexType.SET, CalendarResolver.weekdayPattern(iso), null);
        }
        String unitKey = g.get("set");
        BigDecimal n = g.has("n") ? number(g.get("n")) : BigDecimal.ONE;
        n = n.multiply(new BigDecimal(units.column(unitKey, 3)));
        return new Resolution(TimexType.SET,
                Durations.format(n, units.column(unitKey, 1), "time".equals(units.column(unitKey, 2))), null);
    }

    private Integer relativeYear(Parts g, LocalDate dct) {
        String word = g.get(g.has("yrel") ? "yrel" : "yrel2");
        return dct == null ? null : dct.getYear() + Integer.parseInt(rules.lexicon("relatives").column(word, 1));
    }

    /** Offset of a relative word in {@code group} ("successivo" +1, "precedente" -1), 0 when absent. */
    private int offset(String group, Parts g) {
        return g.has(group) ? Integer.parseInt(rules.lexicon("relatives").column(g.get(group), 1)) : 0;
    }

    private int relative(Parts g) {
        String word = g.has("rel") ? g.get("rel") : g.has("rel2") ? g.get("rel2") : null;
        return word == null ? 0 : Integer.parseInt(rules.lexicon("relatives").column(word, 1));
    }

    private BigDecimal number(String surface) {
        String v = numbers.column(surface, 1);
        return new BigDecimal(v != null ? v : surface.replace(',', '.'));
    }

    private static Integer day(String surface) {
        String digits = surface.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? 1 : Integer.valueOf(digits);  // "primo"
    }

    /** The anchor's day for a clock time: the last mentioned day, else the DCT. */
    private static String dayOf(Anchor a) {
        if (a.reference() != null && a.reference().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return a.reference().substring(0, 10);
        }
        return a.dct() == null ? null : a.dct().toString();
    }

    /** A date value cut to granularity D, M or Y ("2021-12-08TEV" → "2021-12-08"); null if it is coarser. */
    static String truncate(String value, String granularity) {
        int length = "Y".equals(granularity) ? 4 : "M".equals(granularity) ? 7 : 10;
        if (value == null || value.length() < length || !value.substring(0, length).matches("[0-9-]+")) {
            return null;
        }
        return value.substring(0, length);
    }

    /** The groups of one full match, looked up by name, as lexicon keys. */
    private static final class Parts {
        private final TimePattern pattern;
        private final Matcher matcher;

        Parts(TimePattern pattern, Matcher matcher) {
            this.pattern = pattern;
            this.matcher = matcher;
        }

        boolean has(String group) {
            return pattern.groups().contains(group) && matcher.group(group) != null;
        }

        String get(String group) {
            return TimeText.key(matcher.group(group));
        }
    }
}
