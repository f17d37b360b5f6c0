package org.filo.report;

import java.util.List;

/**
 * One events.jsonl line as the report shows it. {@code initiator} is the initiator's name, {@code date} and
 * {@code duration} TIMEX3 values (null when none); {@code evidence} one highlighted sentence per mention.
 */
public record ReportEvent(String id, String docId, String channel, String status, String date, String dateSource,
                          List<Party> parties, String initiator, String duration, Double confidence,
                          List<Evidence> evidence) {
    public ReportEvent {
        parties = List.copyOf(parties);
        evidence = List.copyOf(evidence);
    }

    /** A participant: kind PERSON, COUNTRY, ORGANIZATION or GROUP; country ISO alpha-3 or null. */
    public record Party(String name, String kind, String country, String role) {
    }

    /** A mention's sentence cut into pieces, each plain, the trigger or a participant. */
    public record Evidence(List<Piece> pieces) {
        public Evidence {
            pieces = List.copyOf(pieces);
        }
    }

    /** A run of sentence text and what it is. */
    public record Piece(String text, Mark mark) {
    }

    /** What a piece of evidence is: the page highlights triggers and parties differently. */
    public enum Mark { PLAIN, TRIGGER, PARTY }
}
