package org.filo.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups files into Spark tasks by bytes (a proxy for work), guided: each group takes a share of what is left
 * ({@code remaining / (SHARE * cores)}), so the first tasks are large, which keeps per-task costs few, and the
 * last ones small, which keeps the cores busy to the end instead of one long task finishing alone.
 */
final class Partitions {
    static final int SHARE = 4;
    static final long MIN_BYTES = 64 << 10;
    /** Empty or tiny files weigh nothing in bytes, but each is still a document to process. */
    static final int MAX_FILES = 512;

    private Partitions() {
    }

    static List<List<FileTask>> of(List<FileTask> files, int cores) {
        long remaining = 0;
        for (FileTask f : files) {
            remaining += f.bytes();
        }
        List<List<FileTask>> groups = new ArrayList<>();
        List<FileTask> group = new ArrayList<>();
        long bytes = 0;
        long target = target(remaining, cores);
        for (FileTask f : files) {
            group.add(f);
            bytes += f.bytes();
            if (bytes >= target || group.size() >= MAX_FILES) {
                groups.add(group);
                remaining -= bytes;
                group = new ArrayList<>();
                bytes = 0;
                target = target(remaining, cores);
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    private static long target(long remaining, int cores) {
        return Math.max(MIN_BYTES, remaining / ((long) SHARE * Math.max(1, cores)));
    }
}
