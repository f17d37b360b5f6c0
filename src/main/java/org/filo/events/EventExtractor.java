package org.filo.events;

import java.util.List;
import org.filo.model.Event;

/** Finds the communication events of a document. */
public interface EventExtractor {
    List<Event> extract(EventInput input);
}
