package org.filo.eval;

import java.util.List;
import java.util.Set;

/** A gold folder: its documents (manifest.csv), temporal expressions and events. */
public record GoldSet(Set<String> docIds, List<GoldTimex> timexes, List<GoldEvent> events) {
    public GoldSet {
        docIds = Set.copyOf(docIds);
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
    }
}
