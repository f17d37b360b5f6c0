package org.filo.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * Calendar arithmetic behind the normaliser: where an underspecified date falls relative to the DCT,
 * given the tense of its clause. Pure functions; a null DCT gives null (the caller then underspecifies).
 */
final class CalendarResolver {
    private CalendarResolver() {
    }

    /**
     * The year of a day-month (day may be null for a bare month) seen from {@code dct}: in a past clause the
     * latest such date not after the DCT, in a future clause the earliest not before it, otherwise the nearest.
     */
    static Integer year(int month, Integer day, LocalDate dct, Tense tense) {
        return year(month, day, null, dct, tense);
    }

    /** As above; a weekday given with the date ("lunedì 12 ottobre") picks the year in which it falls so. */
    static Integer year(int month, Integer day, Integer isoWeekday, LocalDate dct, Tense tense) {
        if (dct == null) {
            return null;
        }
        if (day != null && isoWeekday != null) {
            for (int y : new int[] {dct.getYear(), dct.getYear() - 1, dct.getYear() + 1}) {
                if (safeDay(y, month, day).getDayOfWeek().getValue() == isoWeekday) {
                    return y;
                }
            }
        }
        int nearest = nearestYear(month, day, dct, Tense.PRESENT);
        if (day != null && distance(nearest, month, day, dct, dct) <= CLOSE_DAYS) {
            // "ha annunciato una riunione il 5 giugno", written on 31 May: a day this close is this one, whatever
            // the tense of the sentence that tells it
            return nearest;
        }
        return nearestYear(month, day, dct, tense);
    }

    /** Days within which a day-month is the nearest one even against the sentence's tense. */
    private static final int CLOSE_DAYS = 14;

    private static int nearestYear(int month, Integer day, LocalDate dct, Tense tense) {
        int best = dct.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
            if (tense == Tense.PAST && firstDay(y, month, day).isAfter(dct)
                    || tense == Tense.FUTURE && lastDay(y, month, day).isBefore(dct)) {
                continue;
            }
            long distance = distance(y, month, day, dct, dct);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }

    /** Days between the span [start, end] and a day-month (day null: the month) of year y; 0 where they overlap. */
    static long distance(int y, int month, Integer day, LocalDate start, LocalDate end) {
        LocalDate first = firstDay(y, month, day);
        LocalDate last = lastDay(y, month, day);
        return last.isBefore(start) ? ChronoUnit.DAYS.between(last, start)
                : first.isAfter(end) ? ChronoUnit.DAYS.between(end, first) : 0;
    }

    private static LocalDate firstDay(int y, int month, Integer day) {
        return day == null ? LocalDate.of(y, month, 1) : safeDay(y, month, day);
    }

    private static LocalDate lastDay(int y, int month, Integer day) {
        return day == null ? YearMonth.of(y, month).atEndOfMonth() : safeDay(y, month, day);
    }

    /**
     * The date of a weekday (ISO 1-7) seen from {@code dct}. {@code direction} -1 ("scorso") and +1
     * ("prossimo") exclude the DCT's own day; otherwise the tense decides and the DCT's day counts.
     */
    static LocalDate weekday(int isoDay, LocalDate dct, Tense tense, int direction) {
        if (dct == null) {
            return null;
        }
        int today = dct.getDayOfWeek().getValue();
        int back = (today - isoDay + 7) % 7;
        int ahead = (isoDay - today + 7) % 7;
        if (direction < 0) {
            return dct.minusDays(back == 0 ? 7 : back);
        }
        if (direction > 0) {
            return dct.plusDays(ahead == 0 ? 7 : ahead);
        }
        return tense == Tense.FUTURE ? dct.plusDays(ahead) : dct.minusDays(back);
    }

    /** TIMEX3 value of the period of granularity D, W, M or Y that lies {@code offset} periods from the DCT. */
    static String period(String granularity, int offset, LocalDate dct) {
        if (dct == null) {
            return null;
        }
        switch (granularity) {
            case "D":
                return dct.plusDays(offset).toString();
            case "W":
                return week(dct.plusWeeks(offset));
            case "M":
                return YearMonth.from(dct).plusMonths(offset).toString();
            case "Y":
                return String.valueOf(dct.getYear() + offset);
            default:
                return season(granularity, offset, dct);
        }
    }

    /** First month of each season code: a season named alone lies in the year the tense points to. */
    private static final java.util.Map<String, Integer> SEASON_START = java.util.Map.of("SP", 3, "SU", 6, "FA", 9, "WI", 12);

    /** A season named without a year: the DCT's, or the one before (past) or after (future) when that one is not yet or no longer. */
    static String season(String code, LocalDate dct, Tense tense) {
        if (dct == null) {
            return "XXXX-" + code;
        }
        int first = SEASON_START.getOrDefault(code, 1);
        int year = dct.getYear();
        if (tense == Tense.PAST && first > dct.getMonthValue()) {
            year--;
        } else if (tense == Tense.FUTURE && first + 2 < dct.getMonthValue()) {
            year++;
        }
        return year + "-" + code;
    }

    /** A season of the DCT's year (SU, WI…), moved by whole years for "scorsa"/"prossima". */
    private static String season(String code, int offset, LocalDate dct) {
        return (dct.getYear() + offset) + "-" + code;
    }

    /** The date {@code amount} units (Y, M, W, D, or H for a time unit) before the DCT, at that granularity. */
    static String before(String unit, boolean timeUnit, double amount, LocalDate dct) {
        if (dct == null) {
            return null;
        }
        long whole = Math.round(amount);
        if (timeUnit) {
            return dct.toString();
        }
        switch (unit) {
            case "Y":
                return String.valueOf(dct.getYear() - whole);
            case "M":
                return YearMonth.from(dct).minusMonths(whole).toString();
            case "W":
                return week(dct.minusWeeks(whole));
            default:
                return dct.minusDays(whole).toString();
        }
    }

    /**
     * The date {@code amount} units after the DCT ("tra una settimana"): a day for days and weeks (the
     * day a week from now is named), a month or a year for those; the DCT's day for time units.
     */
    static String after(String unit, boolean timeUnit, double amount, LocalDate dct) {
        if (dct == null) {
            return null;
        }
        long whole = Math.round(amount);
        if (timeUnit) {
            return dct.toString();
        }
        switch (unit) {
            case "Y":
                return String.valueOf(dct.getYear() + whole);
            case "M":
                return YearMonth.from(dct).plusMonths(whole).toString();
            case "W":
                return dct.plusWeeks(whole).toString();
            default:
                return dct.plusDays(whole).toString();
        }
    }

    /**
     * The date that is day {@code dayOfMonth} of a month and falls on weekday {@code isoDay} ("martedì 23"),
     * nearest to the DCT on the side the tense gives (either side when none matches there); null if none
     * within a year.
     */
    static LocalDate weekdayOfMonthDay(int isoDay, int dayOfMonth, LocalDate dct, Tense tense) {
        if (dct == null) {
            return null;
        }
        LocalDate best = null;
        LocalDate bestAnySide = null;
        for (int offset = -12; offset <= 12; offset++) {
            YearMonth ym = YearMonth.from(dct).plusMonths(offset);
            if (dayOfMonth > ym.lengthOfMonth() || ym.atDay(dayOfMonth).getDayOfWeek().getValue() != isoDay) {
                continue;
            }
            LocalDate d = ym.atDay(dayOfMonth);
            boolean sideOk = tense == Tense.PAST ? !d.isAfter(dct) : tense != Tense.FUTURE || !d.isBefore(dct);
            if (sideOk && (best == null || distance(d, dct) < distance(best, dct))) {
                best = d;
            }
            if (bestAnySide == null || distance(d, dct) < distance(bestAnySide, dct)) {
                bestAnySide = d;
            }
        }
        return best != null ? best : bestAnySide;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    static String week(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String weekdayPattern(int isoDay) {
        return "XXXX-WXX-" + isoDay;
    }

    /** Day {@code day} of the month, clamped to the month's length (a "31 febbraio" is a typo, not a crash). */
    static LocalDate safeDay(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }
}
