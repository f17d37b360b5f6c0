package org.filo.events;

import java.util.List;
import org.filo.model.Actors;
import org.filo.model.Document;
import org.filo.model.TextAnalysis;
import org.filo.model.Timex;

/** What the event stage reads: the document, its analysis (parsed where it pays), times and actors. */
public record EventInput(Document document, TextAnalysis analysis, List<Timex> timexes, Actors actors) {
    public EventInput {
        timexes = List.copyOf(timexes);
    }
}
