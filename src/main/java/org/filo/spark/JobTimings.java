package org.filo.spark;

import java.util.Locale;

/**
 * Where a run's time went, for the job log: the driver's phases (wall seconds) and the tasks' (core-seconds,
 * summed over tasks). Idle is what the cores did not spend in tasks while the processing phase ran:
 * scheduling, waiting for the driver, and a last task finishing alone.
 */
final class JobTimings {
    long listing;
    long warmUp;
    long sqlWarmUp;
    long startUp;
    long processing;
    long commit;
    long publish;
    long parquet;
    long taskModels;
    long taskRun;
    long task;
    int tasks;

    void add(PartitionResult r) {
        taskModels += r.modelNanos();
        taskRun += r.runNanos();
        task += r.taskNanos();
        tasks++;
    }

    String line(int cores) {
        double idle = Math.max(0, s(processing) * cores - s(task));
        return String.format(Locale.ROOT, "timings: listing %.1f s, Spark start-up %.1f s (models loaded meanwhile"
                        + " in %.1f s), processing %.1f s wall on %d cores over %d tasks (in tasks, core-seconds:"
                        + " waiting for models %.1f, pipeline %.1f, files and records %.1f; cores idle %.1f), driver"
                        + " commit %.1f s (while tasks ran), upload %.1f s, Spark SQL warm-up %.1f s (while tasks ran),"
                        + " Parquet %.1f s",
                s(listing), s(startUp), s(warmUp), s(processing), cores, tasks, s(taskModels), s(taskRun),
                s(task - taskRun - taskModels), idle, s(commit), s(publish), s(sqlWarmUp), s(parquet));
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
