package org.filo.pipeline;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/** Wall time spent in each stage, summed over all documents and threads (for the benchmark's shares). */
public final class StageClock {
    public enum Stage { INGEST, NLP, TIME, ACTORS, PARSE, EVENTS, OUTPUT }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);

    public StageClock() {
        for (Stage s : Stage.values()) {
            nanos.put(s, new LongAdder());
        }
    }

    public <T> T time(Stage stage, Supplier<T> work) {
        long t0 = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.get(stage).add(System.nanoTime() - t0);
        }
    }

    public long nanos(Stage stage) {
        return nanos.get(stage).sum();
    }

    public long totalNanos() {
        return nanos.values().stream().mapToLong(LongAdder::sum).sum();
    }
}
