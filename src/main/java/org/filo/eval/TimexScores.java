package org.filo.eval;

import java.util.List;

/**
 * Timex scores: extents strict and relaxed, value accuracy over relaxed matches, value F1, type and mod
 * accuracy over relaxed matches. {@code goldIgnored}: gold lines with an X value; {@code systemIgnored}:
 * generic references and vague durations of the output; {@code systemOnIgnoredGold}: unmatched output
 * timexes that overlap an ignored gold line (neither right nor wrong). The listing: missed gold, spurious
 * output, and matched pairs whose extent, value, type or mod differ.
 */
public record TimexScores(Prf strict, Prf relaxed, Accuracy valueAccuracy, Prf value, Accuracy type, Accuracy mod,
                          int goldIgnored, int systemIgnored, int systemOnIgnoredGold,
                          List<TimexListing.Row> missed, List<TimexListing.Row> spurious,
                          List<TimexListing.Mismatch> mismatched) {
    public TimexScores {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        mismatched = List.copyOf(mismatched);
    }
}
