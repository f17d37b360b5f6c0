package org.filo.model;

import java.util.List;

/**
 * Everything the pipeline learned about one input file. For a document that did not reach the end
 * ({@code status != OK}) the later parts are empty and {@code error} says why in a sentence.
 */
public record ProcessedDocument(Document document, Status status, String error, TextAnalysis analysis,
                                List<Timex> timexes, Actors actors, List<Event> events) {
    public ProcessedDocument {
        timexes = List.copyOf(timexes);
        events = List.copyOf(events);
        if ((status == Status.OK) != (error == null)) {
            throw new IllegalArgumentException("error is set exactly when status is not OK");
        }
    }

    public static ProcessedDocument failed(Document document, Status status, String error) {
        return new ProcessedDocument(document, status, error, TextAnalysis.EMPTY, List.of(), Actors.NONE, List.of());
    }
}
