package org.filo.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.filo.model.Channel;
import org.filo.model.DctSource;
import org.filo.model.Event;
import org.filo.model.EventStatus;
import org.filo.model.ProcessedDocument;
import org.filo.model.Status;

/**
 * What the documents a run processed came to, for the end-of-run summary: events by channel and status, the
 * documents with events, where publication dates came from, and the failures with a few of their files. Filled by
 * the batch's one writer thread, read when the batch is over.
 */
public final class RunTally {
    private static final int EXAMPLES = 3;

    private final Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
    private final Map<EventStatus, Integer> eventStatuses = new EnumMap<>(EventStatus.class);
    private final Map<DctSource, Integer> dctSources = new EnumMap<>(DctSource.class);
    private final Map<Status, List<String>> failures = new EnumMap<>(Status.class);
    private final Map<Status, Integer> failureCounts = new EnumMap<>(Status.class);
    private int ok;
    private int withEvents;
    private int events;

    void add(ProcessedDocument done) {
        if (done.status() != Status.OK) {
            failureCounts.merge(done.status(), 1, Integer::sum);
            List<String> examples = failures.computeIfAbsent(done.status(), s -> new ArrayList<>());
            if (examples.size() < EXAMPLES) {
                examples.add(done.document().source());
            }
            return;
        }
        ok++;
        dctSources.merge(done.document().dct().source(), 1, Integer::sum);
        if (!done.events().isEmpty()) {
            withEvents++;
        }
        for (Event e : done.events()) {
            events++;
            channels.merge(e.channel(), 1, Integer::sum);
            eventStatuses.merge(e.status(), 1, Integer::sum);
        }
    }

    public int events() {
        return events;
    }

    /** The summary's lines after the first, each indented: nothing is said of what did not occur. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (ok > 0) {
            out.add(String.format("  %d events in %d of %d OK documents", events, withEvents, ok));
        }
        if (events > 0) {
            out.add("  events by channel: " + counts(channels));
            out.add("  events by status:  " + counts(eventStatuses));
        }
        if (ok > 0) {
            out.add("  publication dates: " + dctSources.entrySet().stream()
                    .map(e -> e.getKey().jsonName() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
        for (Map.Entry<Status, Integer> f : failureCounts.entrySet()) {
            List<String> examples = failures.get(f.getKey());
            String more = f.getValue() > examples.size() ? ", …" : "";
            out.add(String.format("  %s %d: %s%s", f.getKey(), f.getValue(), String.join(", ", quoted(examples)),
                    more));
        }
        return out;
    }

    private static <K extends Enum<K>> String counts(Map<K, Integer> counts) {
        return counts.entrySet().stream() // most frequent first, ties by name
                .sorted(Map.Entry.<K, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().name()))
                .map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** A path with a space, a tab or a newline in it is quoted, its control characters escaped, so one line stays one. */
    private static List<String> quoted(List<String> paths) {
        return paths.stream().map(p -> p.matches("[^\\s\"']*") ? p
                : "\"" + p.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t")
                        + "\"").toList();
    }
}
