package org.filo.time;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** TIMEX3 duration values: "P84D", "PT1H"; a fraction moves to the next smaller unit when that makes it whole. */
final class Durations {
    private Durations() {
    }

    static String format(BigDecimal amount, String letter, boolean time) {
        BigDecimal n = amount.stripTrailingZeros();
        if (n.scale() > 0) {
            String smaller = time ? switch (letter) {
                case "H" -> "M";
                case "M" -> "S";
                default -> null;
            } : switch (letter) {
                case "Y" -> "M";
                case "W" -> "D";
                default -> null;
            };
            int factor = time ? 60 : "Y".equals(letter) ? 12 : 7;
            if ("D".equals(letter) && !time) {
                return format(amount.multiply(BigDecimal.valueOf(24)), "H", true);
            }
            if (smaller != null) {
                BigDecimal scaled = n.multiply(BigDecimal.valueOf(factor)).stripTrailingZeros();
                if (scaled.scale() <= 0) {
                    return format(scaled, smaller, time);
                }
            }
            n = n.setScale(Math.min(n.scale(), 2), RoundingMode.HALF_UP);
        }
        return (time ? "PT" : "P") + n.toPlainString() + letter;
    }
}
