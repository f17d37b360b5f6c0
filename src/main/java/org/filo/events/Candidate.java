package org.filo.events;

import java.util.List;
import org.filo.model.Channel;
import org.filo.model.EventMention;
import org.filo.model.EventStatus;
import org.filo.model.EventTime;

/**
 * One trigger read as an event mention, before mentions of the same event are merged. {@code anaphoric}
 * mentions ("La chiamata …") name no parties of their own and join an earlier event. {@code definite}: "il vertice",
 * not "un nuovo vertice". {@code another}: "un'altra conversazione", one more of the kind just told, between the
 * same parties. {@code sentence} is the index of the mention's sentence in the document. {@code session}: a session of one
 * international body, an event with that body as its one participant.
 */
record Candidate(EventMention mention, Channel channel, boolean weakChannel, EventStatus status,
                 List<String> participants, String initiator, boolean progressive, boolean background, EventTime date,
                 EventTime duration, double confidence, boolean anaphoric, boolean definite, boolean another,
                 int sentence, boolean session) {
    Candidate {
        participants = List.copyOf(participants);
    }
}
