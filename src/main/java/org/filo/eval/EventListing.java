package org.filo.eval;

import java.util.List;

/** What a reader needs to see why events were missed, spurious or only partly right. */
public final class EventListing {
    private EventListing() {
    }

    /** A gold event no output event identifies. */
    public record Missed(String docId, String goldEvent, String channel, String status, String date,
                         String participants, String sentence, String why) {
    }

    /** An output event that identifies no gold event. */
    public record Spurious(String docId, String systemEvent, String channel, String status, String date,
                           String participants, String sentence, String why) {
    }

    /** An identified pair whose fields differ. */
    public record WrongFields(String docId, String goldEvent, String systemEvent, String channel, String sentence,
                              List<EventFields.Difference> differences) {
        public WrongFields {
            differences = List.copyOf(differences);
        }
    }
}
