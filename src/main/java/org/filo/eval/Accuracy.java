package org.filo.eval;

/** correct / total, null when there is nothing to judge. */
public record Accuracy(int correct, int total, Double value) {
    public static Accuracy of(int correct, int total) {
        return new Accuracy(correct, total, Prf.ratio(correct, total));
    }
}
