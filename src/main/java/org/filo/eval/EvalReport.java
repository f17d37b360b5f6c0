package org.filo.eval;

import java.util.List;

/**
 * Everything {@code eval} reports (also written as DIR/eval.json). {@code documentsMissing}: gold documents
 * without a line in the output (all their gold counts as missed); {@code outputDocumentsOutsideGold}:
 * output documents the gold does not have (ignored).
 */
public record EvalReport(String gold, String output, int goldDocuments, List<String> documentsMissing,
                         int outputDocumentsOutsideGold, TimexScores timexes, EventScores events,
                         List<String> warnings) {
    public EvalReport {
        documentsMissing = List.copyOf(documentsMissing);
        warnings = List.copyOf(warnings);
    }
}
