package org.filo.nlp.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The clean-gazette entries as a trie over whole word sequences. Finding every entry that covers a
 * token costs one walk per possible start (at most {@link #maxLength()} of them), each as deep as the
 * match, whatever the number of entries sharing a word ("di" alone is in 244,416 entries).
 * Immutable once built; safe to share between threads.
 */
final class GazetteIndex {
    private static final String[] NO_FEATURES = new String[0];

    private final Map<String, Integer> wordIds;
    private final NodeChildren children;
    /** Per node, an index into {@link #featureSets}: the features of the entries ending there. */
    private final int[] nodeFeatureSet;
    private final String[][] featureSets;
    private final int maxLength;
    private final int entryCount;

    private GazetteIndex(Builder b) {
        this.wordIds = b.wordIds;
        this.children = b.children;
        this.nodeFeatureSet = Arrays.copyOf(b.nodeFeatureSet, b.nodeCount);
        this.featureSets = b.featureSets.toArray(new String[0][]);
        this.maxLength = b.maxLength;
        this.entryCount = b.entryCount;
    }

    private GazetteIndex(Map<String, Integer> wordIds, NodeChildren children, int[] nodeFeatureSet,
            String[][] featureSets, int maxLength, int entryCount) {
        this.wordIds = wordIds;
        this.children = children;
        this.nodeFeatureSet = nodeFeatureSet;
        this.featureSets = featureSets;
        this.maxLength = maxLength;
        this.entryCount = entryCount;
    }

    /** Writes the index in a compact primitive form (no Java object serialisation): see {@link #readFrom}. */
    void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(maxLength);
        out.writeInt(entryCount);
        String[] words = new String[wordIds.size() + 1];
        wordIds.forEach((word, id) -> words[id] = word);
        out.writeInt(wordIds.size());
        for (int id = 1; id < words.length; id++) {
            out.writeUTF(words[id]);
        }
        out.writeInt(featureSets.length);
        for (String[] set : featureSets) {
            out.writeInt(set.length);
            for (String feature : set) {
                out.writeUTF(feature);
            }
        }
        PrimitiveIO.writeInts(out, nodeFeatureSet, nodeFeatureSet.length);
        children.writeTo(out);
    }

    /**
     * Reads what {@link #writeTo} wrote. {@code maxCount} bounds every count read (e.g. the file size), so a
     * damaged file fails with an IOException rather than a huge allocation.
     */
    static GazetteIndex readFrom(DataInputStream in, int maxCount) throws IOException {
        int maxLength = in.readInt();
        int entryCount = in.readInt();
        int wordCount = PrimitiveIO.readCount(in, maxCount);
        Map<String, Integer> wordIds = new HashMap<>(wordCount * 4 / 3 + 1);
        for (int id = 1; id <= wordCount; id++) {
            wordIds.put(in.readUTF(), id);
        }
        String[][] featureSets = new String[PrimitiveIO.readCount(in, maxCount)][];
        for (int i = 0; i < featureSets.length; i++) {
            featureSets[i] = new String[PrimitiveIO.readCount(in, maxCount)];
            for (int j = 0; j < featureSets[i].length; j++) {
                featureSets[i][j] = in.readUTF();
            }
        }
        int[] nodeFeatureSet = PrimitiveIO.readInts(in, maxCount);
        for (int set : nodeFeatureSet) {
            if (set < 0 || set >= featureSets.length) {
                throw new IOException("feature set " + set + " of " + featureSets.length);
            }
        }
        NodeChildren children = NodeChildren.readFrom(in, maxCount);
        if (wordIds.size() != wordCount || maxLength < 0 || entryCount < 0) {
            throw new IOException("inconsistent gazette index header");
        }
        return new GazetteIndex(wordIds, children, nodeFeatureSet, featureSets, maxLength, entryCount);
    }

    int maxLength() {
        return maxLength;
    }

    int entryCount() {
        return entryCount;
    }

    /**
     * Reports the features of every entry that matches the words around {@code loc} and covers it.
     * {@code wordAt} must accept any index (the classifier's padded list answers outside the sentence),
     * so a match is decided by exactly the comparisons the stock code makes.
     */
    void forEachCovering(IntFunction<String> wordAt, int loc, Consumer<String> sink) {
        for (int start = loc - maxLength + 1; start <= loc; start++) {
            int node = 0;
            for (int i = start; i - start < maxLength; i++) {
                Integer id = wordIds.get(wordAt.apply(i));
                if (id == null) {
                    break;
                }
                node = children.child(node, id);
                if (node < 0) {
                    break;
                }
                if (i >= loc) {
                    for (String feature : featureSets[nodeFeatureSet[node]]) {
                        sink.accept(feature);
                    }
                }
            }
        }
    }

    static Builder builder() {
        return new Builder();
    }

    /** Collects entries; not thread-safe, used once at load time. */
    static final class Builder {
        private final Map<String, Integer> wordIds = new HashMap<>();
        private final NodeChildren children = new NodeChildren(1 << 20);
        private int[] nodeFeatureSet = new int[1 << 20];
        private int nodeCount = 1; // node 0 is the root
        private final List<String[]> featureSets = new ArrayList<>();
        private final Map<String, Integer> featureSetIds = new HashMap<>(Map.of("", 0));
        private int maxLength;
        private int entryCount;

        Builder() {
            featureSets.add(NO_FEATURES);
        }

        /** Adds one entry: the gazette feature (e.g. "PER-GAZ2") fires on each of {@code words}. */
        Builder add(String[] words, String feature) {
            if (words.length == 0) {
                throw new IllegalArgumentException("empty gazette entry for " + feature);
            }
            int node = 0;
            for (String word : words) {
                int id = wordIds.computeIfAbsent(word, w -> wordIds.size() + 1);
                int next = children.child(node, id);
                if (next < 0) {
                    next = newNode();
                    children.put(node, id, next);
                }
                node = next;
            }
            String[] current = featureSets.get(nodeFeatureSet[node]);
            if (!Arrays.asList(current).contains(feature)) {
                String[] merged = Arrays.copyOf(current, current.length + 1);
                merged[current.length] = feature;
                Arrays.sort(merged);
                nodeFeatureSet[node] = featureSetId(merged);
                entryCount++;
            }
            maxLength = Math.max(maxLength, words.length);
            return this;
        }

        private int featureSetId(String[] features) {
            String key = String.join("\n", features);
            Integer id = featureSetIds.get(key);
            if (id == null) {
                id = featureSets.size();
                featureSets.add(features);
                featureSetIds.put(key, id);
            }
            return id;
        }

        private int newNode() {
            if (nodeCount == nodeFeatureSet.length) {
                nodeFeatureSet = Arrays.copyOf(nodeFeatureSet, nodeCount * 2);
            }
            return nodeCount++;
        }

        GazetteIndex build() {
            return new GazetteIndex(this);
        }
    }
}
