package org.filo.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last date a text mentioned, as the span of days it covers and its granularity (D, W, M or Y): what "il
 * giorno dopo", "settembre successivo" and, in a story told years before its DCT, a bare "15 marzo" are read
 * against. Pure; {@link #parse} gives null for values that are not a calendar date (null, "XXXX-02-18", "PRESENT_REF").
 */
record ReferenceDate(LocalDate start, LocalDate end, String granularity) {
    private static final Pattern VALUE =
            Pattern.compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})|[A-Z]{2}))?(?:T.*)?");

    static ReferenceDate parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = VALUE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(4) != null) {
            LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Long.parseLong(m.group(4)))
                    .with(java.time.DayOfWeek.MONDAY);
            return new ReferenceDate(monday, monday.plusDays(6), "W");
        }
        if (m.group(2) == null) {
            return new ReferenceDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "Y");
        }
        YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
        if (m.group(3) == null) {
            return new ReferenceDate(ym.atDay(1), ym.atEndOfMonth(), "M");
        }
        LocalDate day = CalendarResolver.safeDay(year, ym.getMonthValue(), Integer.parseInt(m.group(3)));
        return new ReferenceDate(day, day, "D");
    }

    int year() {
        return start.getYear();
    }

    /** The year in which a day-month (day null: the month) lies nearest to this reference. */
    int yearNear(int month, Integer day) {
        int best = start.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = start.getYear() - 1; y <= end.getYear() + 1; y++) {
            long distance = CalendarResolver.distance(y, month, day, start, end);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }

    /** The year of the first {@code month} after this reference (direction +1) or the last before it (-1). */
    int yearOfNext(int month, int direction) {
        if (direction >= 0) {
            return month > end.getMonthValue() ? end.getYear() : end.getYear() + 1;
        }
        return month < start.getMonthValue() ? start.getYear() : start.getYear() - 1;
    }

    /**
     * TIMEX3 value of the period of granularity D, W, M or Y lying {@code offset} periods from this reference;
     * null when the reference is coarser than the period ("il giorno dopo" a year).
     */
    String shifted(String period, int offset) {
        String order = "DWMY";
        if (order.indexOf(granularity) > order.indexOf(period)) {
            return null;
        }
        switch (period) {
            case "D":
                return start.plusDays(offset).toString();
            case "W":
                return CalendarResolver.week(start.plusWeeks(offset));
            case "M":
                return YearMonth.from(start).plusMonths(offset).toString();
            default:
                return String.valueOf(start.getYear() + offset);
        }
    }
}
