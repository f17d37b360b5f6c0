package org.filo.eval;

/**
 * Precision, recall and F1 from counts. An undefined ratio (0/0) is null; F1 = 2·tp / (system + gold),
 * which equals the harmonic mean of P and R whenever both are defined and is 0 when one of them is 0.
 */
public record Prf(int truePositives, int system, int gold, Double precision, Double recall, Double f1) {
    public static Prf of(int truePositives, int system, int gold) {
        return new Prf(truePositives, system, gold, ratio(truePositives, system), ratio(truePositives, gold),
                ratio(2 * truePositives, system + gold));
    }

    static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
