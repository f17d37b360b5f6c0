package org.filo.eval;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value comparison after normalisation (annotation guidelines): durations by their length, {@code T24:00}
 * as the next day's {@code T00:00}, everything else as strings. Null equals null only.
 *
 * <p>A length is a pair (months, seconds): years count 12 months, weeks 7 days, days 24 hours. Months and
 * days are not converted into each other (a month is 28 to 31 days), so {@code P1M} differs from
 * {@code P30D} while {@code P1Y} equals {@code P12M}, {@code P1W} equals {@code P7D} and
 * {@code PT90M} equals {@code PT1.5H}.
 */
public final class TimexValues {
    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final Pattern DURATION = Pattern.compile("P(?:" + NUMBER + "Y)?(?:" + NUMBER + "M)?(?:"
            + NUMBER + "W)?(?:" + NUMBER + "D)?(?:T(?:" + NUMBER + "H)?(?:" + NUMBER + "M)?(?:" + NUMBER + "S)?)?");
    private static final Pattern MIDNIGHT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T24:00(.*)");
    private static final long[] SECONDS = {0, 0, 7 * 86_400, 86_400, 3_600, 60, 1};

    private TimexValues() {
    }

    /** A duration's length: calendar months and exact seconds, each with trailing zeros stripped. */
    public record Length(BigDecimal months, BigDecimal seconds) {
    }

    public static boolean equal(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        Optional<Length> la = length(a);
        Optional<Length> lb = length(b);
        if (la.isPresent() && lb.isPresent()) {
            return la.get().equals(lb.get());
        }
        return normalise(a).equals(normalise(b));
    }

    /** The length of an ISO 8601 / TIMEX3 duration ("PT1.5H", "P1W"), empty for anything else ("PXD"). */
    public static Optional<Length> length(String value) {
        Matcher m = DURATION.matcher(value.strip());
        if (!m.matches() || value.strip().equals("P") || value.strip().endsWith("T")) {
            return Optional.empty();
        }
        BigDecimal months = BigDecimal.ZERO;
        BigDecimal seconds = BigDecimal.ZERO;
        for (int g = 1; g <= 7; g++) {
            if (m.group(g) == null) {
                continue;
            }
            BigDecimal n = new BigDecimal(m.group(g).replace(',', '.'));
            if (g == 1) {
                months = months.add(n.multiply(BigDecimal.valueOf(12)));
            } else if (g == 2) {
                months = months.add(n);
            } else {
                seconds = seconds.add(n.multiply(BigDecimal.valueOf(SECONDS[g - 1])));
            }
        }
        return Optional.of(new Length(canonical(months), canonical(seconds)));
    }

    /** Non-duration values: {@code 2022-05-13T24:00} becomes {@code 2022-05-14T00:00}; the rest is unchanged. */
    public static String normalise(String value) {
        Matcher m = MIDNIGHT.matcher(value);
        if (!m.matches()) {
            return value;
        }
        try {
            return LocalDate.parse(m.group(1)).plusDays(1) + "T00:00" + m.group(2);
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static BigDecimal canonical(BigDecimal n) {
        return n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros();
    }
}
