package org.filo.pipeline;

import java.util.TreeMap;

/** Time per token by document size (powers of four of tokens), to show that cost grows linearly. */
final class SizeBuckets {
    private final TreeMap<Integer, long[]> buckets = new TreeMap<>();

    void add(int tokens, long nanos) {
        if (tokens == 0) {
            return;
        }
        int bucket = 1;
        while (bucket * 4 <= tokens) {
            bucket *= 4;
        }
        long[] b = buckets.computeIfAbsent(bucket, k -> new long[3]);
        b[0]++;
        b[1] += tokens;
        b[2] += nanos;
    }

    String report() {
        StringBuilder s = new StringBuilder("  time per token by document size:\n");
        buckets.forEach((from, b) -> s.append(String.format("    %6d-%-6d tokens: %4d documents, %6.1f µs/token%n",
                from, from * 4 - 1, b[0], b[2] / 1e3 / b[1])));
        return s.toString();
    }
}
