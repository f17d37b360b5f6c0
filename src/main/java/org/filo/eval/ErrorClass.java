package org.filo.eval;

/** What went wrong with a missed gold event or a spurious output event, as the listing's "why" tells it. */
public enum ErrorClass {
    DOCUMENT_ABSENT("document absent from the output"),
    NOTHING_IN_DOCUMENT("no event at all on the other side in its document"),
    NO_SHARED_PARTY("no event on the other side shares a party"),
    CHANNEL_DIFFERS("the closest event has its parties but another channel"),
    PARTIES_TOO_FEW("the closest event shares half its parties or fewer"),
    PAIRED_ELSEWHERE("the closest event identifies another event (for output: a duplicate)");

    private final String label;

    ErrorClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The class of a reason written by {@link EventMissReasons}; its sentences start as these tests read. */
    static ErrorClass of(String why) {
        if (why == null || why.startsWith("document absent")) {
            return DOCUMENT_ABSENT;
        }
        if (why.startsWith("no output event in") || why.startsWith("no gold event in")) {
            return NOTHING_IN_DOCUMENT;
        }
        if (why.startsWith("no output event has") || why.startsWith("no gold event has")) {
            return NO_SHARED_PARTY;
        }
        if (why.startsWith("channel differs")) {
            return CHANNEL_DIFFERS;
        }
        if (why.startsWith("participant overlap too low")) {
            return PARTIES_TOO_FEW;
        }
        return PAIRED_ELSEWHERE;
    }
}
