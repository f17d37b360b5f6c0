package org.filo.events;

import org.filo.model.EventStatus;
import org.filo.model.EventTime;

/**
 * What the context makes of one trigger: whether it is an event at all, its status, the initiator
 * named by a phrase ("su richiesta di X"), whether the subject initiates, and its date and duration.
 */
record TriggerReading(boolean event, EventStatus status, String initiator, boolean subjectInitiates,
                      boolean progressive, EventTime date, EventTime duration) {
    static final TriggerReading NOT_AN_EVENT =
            new TriggerReading(false, null, null, false, false, EventTime.NONE, EventTime.NONE);
}
