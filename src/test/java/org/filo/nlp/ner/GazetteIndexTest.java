package org.filo.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class GazetteIndexTest {
    private record Entry(String[] words, String feature) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(new String[] {"Roma"}, "LOC-GAZ1"),
            new Entry(new String[] {"Roma"}, "LOC-GAZ"),
            new Entry(new String[] {"Roma"}, "ORG-GAZ1"), // same words, second type
            new Entry(new String[] {"AS", "Roma"}, "ORG-GAZ2"),
            new Entry(new String[] {"Banca", "di", "Roma"}, "ORG-GAZ3"),
            new Entry(new String[] {"di", "di", "Roma"}, "LOC-GAZ3"), // a word twice in one entry
            new Entry(new String[] {"Banca", "di", "Italia", "Roma"}, "ORG-GAZ4"),
            new Entry(new String[] {"Banca"}, "PER-GAZ1"));

    private static GazetteIndex index() {
        GazetteIndex.Builder b = GazetteIndex.builder();
        ENTRIES.forEach(e -> b.add(e.words(), e.feature()));
        return b.build();
    }

    /** The stock loop: every entry with the token's word at some offset, compared word by word. */
    private static Set<String> stockScan(IntFunction<String> wordAt, int loc) {
        Set<String> fired = new TreeSet<>();
        for (Entry e : ENTRIES) {
            offsets:
            for (int offset = 0; offset < e.words().length; offset++) {
                if (!e.words()[offset].equals(wordAt.apply(loc))) {
                    continue;
                }
                for (int k = 0; k < e.words().length; k++) {
                    if (!e.words()[k].equals(wordAt.apply(loc - offset + k))) {
                        continue offsets;
                    }
                }
                fired.add(e.feature());
            }
        }
        return fired;
    }

    private static Set<String> indexed(GazetteIndex index, IntFunction<String> wordAt, int loc) {
        Set<String> fired = new TreeSet<>();
        index.forEachCovering(wordAt, loc, fired::add);
        return fired;
    }

    private static IntFunction<String> padded(List<String> sentence) {
        return i -> i < 0 || i >= sentence.size() ? "" : sentence.get(i);
    }

    @Test
    void firesOnEveryWordOfEachMatchingEntry() {
        GazetteIndex index = index();
        List<String> s = List.of("la", "Banca", "di", "Roma", "e", "la", "AS", "Roma");
        IntFunction<String> w = padded(s);
        assertEquals(Set.of("PER-GAZ1", "ORG-GAZ3"), indexed(index, w, 1));
        assertEquals(Set.of("ORG-GAZ3"), indexed(index, w, 2));
        assertEquals(Set.of("ORG-GAZ3", "LOC-GAZ1", "LOC-GAZ", "ORG-GAZ1"), indexed(index, w, 3));
        assertEquals(Set.of("ORG-GAZ2"), indexed(index, w, 6));
        assertEquals(Set.of("ORG-GAZ2", "LOC-GAZ1", "LOC-GAZ", "ORG-GAZ1"), indexed(index, w, 7));
        assertEquals(Set.of(), indexed(index, w, 0));
        assertEquals(4, index.maxLength());
        assertEquals(ENTRIES.size(), index.entryCount());
    }

    @Test
    void agreesWithTheStockScanOnRandomSentences() {
        GazetteIndex index = index();
        String[] vocabulary = {"Banca", "di", "Roma", "Italia", "AS", "la", "Roma"};
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            List<String> s = new ArrayList<>();
            int length = 1 + random.nextInt(9);
            for (int i = 0; i < length; i++) {
                s.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            for (int loc = 0; loc < length; loc++) {
                assertEquals(stockScan(padded(s), loc), indexed(index, padded(s), loc), s + " at " + loc);
            }
        }
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        GazetteIndex.Builder builder = GazetteIndex.builder();
        ENTRIES.forEach(e -> builder.add(e.words(), e.feature()));
        // Enough edges to span several of PrimitiveIO's chunks.
        for (int i = 0; i < 20_000; i++) {
            builder.add(new String[] {"w" + i, "di", "Roma"}, i % 2 == 0 ? "LOC-GAZ3" : "ORG-GAZ3");
        }
        GazetteIndex written = builder.build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            written.writeTo(out);
        }
        GazetteIndex read;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = GazetteIndex.readFrom(in, bytes.size());
            assertEquals(-1, in.read(), "read to the end");
        }
        assertEquals(written.entryCount(), read.entryCount());
        assertEquals(written.maxLength(), read.maxLength());
        Random random = new Random(7);
        String[] vocabulary = {"Banca", "di", "Roma", "Italia", "AS", "la", "w0", "w1", "w19999", "w20000"};
        for (int round = 0; round < 2000; round++) {
            List<String> s = new ArrayList<>();
            int length = 1 + random.nextInt(9);
            for (int i = 0; i < length; i++) {
                s.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            for (int loc = 0; loc < length; loc++) {
                assertEquals(indexed(written, padded(s), loc), indexed(read, padded(s), loc), s + " at " + loc);
            }
        }
        assertEquals(Set.of("LOC-GAZ3"), indexed(read, padded(List.of("w19998", "di", "Roma")), 0));
    }

    @Test
    void rejectsAnImplausibleCount() {
        byte[] header = {0, 0, 0, 3, 0, 0, 0, 1, 0x7f, 0, 0, 0};
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(header));
        assertThrows(IOException.class, () -> GazetteIndex.readFrom(in, header.length));
    }

    @Test
    void rejectsAnEmptyEntry() {
        assertThrows(IllegalArgumentException.class, () -> GazetteIndex.builder().add(new String[0], "X-GAZ"));
    }
}
