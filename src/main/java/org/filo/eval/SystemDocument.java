package org.filo.eval;

import java.util.List;
import java.util.Map;

/** One output document (documents.jsonl): what the scorer needs of it. */
public record SystemDocument(String docId, String status, String text, Map<String, SystemParticipant> actors,
                             List<SystemTimex> timexes) {
    public SystemDocument {
        actors = Map.copyOf(actors);
        timexes = List.copyOf(timexes);
    }
}
