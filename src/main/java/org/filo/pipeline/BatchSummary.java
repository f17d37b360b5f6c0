package org.filo.pipeline;

import java.util.Map;
import org.filo.model.Status;

/** What a batch run did: documents processed (by status), skipped as unchanged, tokens, wall time, what they held. */
public record BatchSummary(Map<Status, Integer> processed, int unchanged, long tokens, long nanos, RunTally tally) {
    public int processedCount() {
        return processed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
