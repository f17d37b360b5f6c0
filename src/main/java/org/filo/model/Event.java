package org.filo.model;

import java.util.List;

/**
 * A communication event between two or more actors of a document. {@code participants} and
 * {@code initiator} are actor ids; {@code id} is "E1", "E2"… in document order.
 */
public record Event(String id, Channel channel, EventStatus status, List<String> participants, String initiator,
                    EventTime date, EventTime duration, List<EventMention> mentions, double confidence) {
    public Event {
        participants = List.copyOf(participants);
        mentions = List.copyOf(mentions);
    }
}
