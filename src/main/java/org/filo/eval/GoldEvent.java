package org.filo.eval;

import java.util.List;

/**
 * One gold communication event (events.jsonl): one slot per party, each slot a list of accepted
 * lower-cased keys; initiator a list of keys or null; date and duration TIMEX3 values or null.
 */
public record GoldEvent(String docId, String id, String channel, String status, List<List<String>> slots,
                        List<String> initiator, String date, String duration, TextSpan evidence) {
    public GoldEvent {
        slots = slots.stream().map(List::copyOf).toList();
        initiator = initiator == null ? null : List.copyOf(initiator);
    }
}
