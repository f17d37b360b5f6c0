package org.filo.eval;

import java.util.List;

/**
 * One output event (events.jsonl). {@code initiator} is an actor id; {@code date} and {@code duration}
 * are the TIMEX3 values (null when the output gives none).
 */
public record SystemEvent(String docId, String id, String channel, String status,
                          List<SystemParticipant> participants, String initiator, String date, String duration,
                          List<Mention> mentions) {
    public SystemEvent {
        participants = List.copyOf(participants);
        mentions = List.copyOf(mentions);
    }

    /** A trigger and its sentence, both code-point spans into the document text (either may be null). */
    public record Mention(TextSpan trigger, TextSpan sentence) {
    }
}
