package org.filo.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Trie edges (parent node, word id) → child node in one open-addressing table of primitive longs and
 * ints: about 12 bytes per slot instead of a HashMap per node (the Italian gazette has ~2.5 million
 * word positions). Filled once while building, then only read, so sharing it across threads is safe.
 */
final class NodeChildren {
    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] values;
    private int size;

    NodeChildren(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /** The child of {@code parent} along {@code wordId} (≥ 1), or -1. */
    int child(int parent, int wordId) {
        long key = key(parent, wordId);
        int mask = keys.length - 1;
        for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return -1;
            }
        }
    }

    /** Adds the edge; the caller has checked it is absent. */
    void put(int parent, int wordId, int child) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(key(parent, wordId), child);
        size++;
    }

    private void insert(long key, int value) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    int size() {
        return size;
    }

    /** Writes the edges only (not the empty slots): about a third of the table's size. */
    void writeTo(DataOutputStream out) throws IOException {
        long[] edgeKeys = new long[size];
        int[] edgeValues = new int[size];
        int n = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                edgeKeys[n] = keys[slot];
                edgeValues[n++] = values[slot];
            }
        }
        PrimitiveIO.writeLongs(out, edgeKeys, n);
        PrimitiveIO.writeInts(out, edgeValues, n);
    }

    /** Reads what {@link #writeTo} wrote; a lookup then answers as in the table that was written. */
    static NodeChildren readFrom(DataInputStream in, int maxCount) throws IOException {
        long[] edgeKeys = PrimitiveIO.readLongs(in, maxCount);
        int[] edgeValues = PrimitiveIO.readInts(in, maxCount);
        if (edgeKeys.length != edgeValues.length) {
            throw new IOException("trie edges: " + edgeKeys.length + " keys, " + edgeValues.length + " children");
        }
        NodeChildren children = new NodeChildren(edgeKeys.length);
        for (int i = 0; i < edgeKeys.length; i++) {
            if (edgeKeys[i] == EMPTY) {
                throw new IOException("trie edge with the empty key");
            }
            children.insert(edgeKeys[i], edgeValues[i]);
        }
        children.size = edgeKeys.length;
        return children;
    }

    // Word ids start at 1, so a real key is never 0 (the empty marker).
    private static long key(int parent, int wordId) {
        return ((long) parent << 32) | (wordId & 0xffffffffL);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
