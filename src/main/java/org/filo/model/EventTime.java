package org.filo.model;

/**
 * A TIMEX3 value attached to an event (its date or its duration), the timex id it came from
 * (null when it came from the DCT) and where it came from: "timex", "dct", or null with a null value.
 */
public record EventTime(String value, String timexId, String source) {
    public static final EventTime NONE = new EventTime(null, null, null);
}
