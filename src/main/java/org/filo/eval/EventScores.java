package org.filo.eval;

import java.util.List;

/**
 * Event scores: identification and full-record P/R/F1, accuracies over identified pairs, and the listing
 * of missed, spurious and partly wrong events. {@code systemOutsideGold}: output events of documents the
 * gold does not have (ignored).
 */
public record EventScores(Prf identification, Prf fullRecord, Accuracy participants, Accuracy status,
                          Accuracy date, Accuracy initiator, Accuracy duration, int systemOutsideGold,
                          List<EventListing.Missed> missed, List<EventListing.Spurious> spurious,
                          List<EventListing.WrongFields> wrongFields) {
    public EventScores {
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
        wrongFields = List.copyOf(wrongFields);
    }
}
