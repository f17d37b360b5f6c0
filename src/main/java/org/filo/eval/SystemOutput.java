package org.filo.eval;

import java.util.List;
import java.util.Map;

/** An output folder: documents by doc_id and all events, in file order. */
public record SystemOutput(Map<String, SystemDocument> documents, List<SystemEvent> events,
                           List<String> warnings) {
    public SystemOutput {
        documents = Map.copyOf(documents);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }
}
