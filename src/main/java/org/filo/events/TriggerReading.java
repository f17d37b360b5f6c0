package org.filo.events;

import org.filo.model.EventStatus;
import org.filo.model.EventTime;

/**
 * What the context makes of one trigger: whether it is an event at all, its status, the initiator
 * named by a phrase ("su richiesta di X"), whether the subject initiates, whether it is an ongoing process
 * or background ("in passato", "nei giorni scorsi": neither takes the publication date), its date and duration.
 */
record TriggerReading(boolean event, EventStatus status, String initiator, boolean subjectInitiates,
                      boolean progressive, boolean background, EventTime date, EventTime duration) {
    static final TriggerReading NOT_AN_EVENT =
            new TriggerReading(false, null, null, false, false, false, EventTime.NONE, EventTime.NONE);

    /** The same reading told as background: no publication date unless the text dates it. */
    TriggerReading inBackground() {
        return new TriggerReading(event, status, initiator, subjectInitiates, progressive, true, date, duration);
    }
}
