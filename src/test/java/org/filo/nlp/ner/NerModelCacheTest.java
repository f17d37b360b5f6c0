package org.filo.nlp.ner;

import static org.filo.nlp.ner.LoadedModels.HAND_WRITTEN;
import static org.filo.nlp.ner.LoadedModels.fast;
import static org.filo.nlp.ner.LoadedModels.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk cache of the fast tagger: same labels as the stock model, and never a stale or damaged file. */
@Tag("models")
class NerModelCacheTest {
    @TempDir
    Path dir;

    private static String key() {
        return NerModelCache.modelKey(NerModels.ITALIAN_CRF);
    }

    @Test
    void cachedTaggerGivesTheStockLabelsAndFeatures() throws Exception {
        NerModelCache cache = new NerModelCache(dir, key());
        cache.write(fast());
        FastNer cached = cache.read().orElseThrow();
        for (List<String> sentence : HAND_WRITTEN) {
            assertEquals(stock().tag(sentence), cached.tag(sentence), String.join(" ", sentence));
            int[][][] expected = FastNerTest.features(stock(), sentence);
            int[][][] actual = FastNerTest.features(cached, sentence);
            assertEquals(expected.length, actual.length);
            for (int loc = 0; loc < expected.length; loc++) {
                for (int clique = 0; clique < expected[loc].length; clique++) {
                    assertEquals(FastNerTest.sorted(expected[loc][clique]), FastNerTest.sorted(actual[loc][clique]),
                            sentence + " word " + loc + " clique " + clique);
                }
            }
        }
        for (List<String> sentence : LoadedModels.wnSample()) {
            assertEquals(stock().tag(sentence), cached.tag(sentence), String.join(" ", sentence));
        }
        assertEquals(fast().gazetteEntries(), cached.gazetteEntries());
        assertEquals(fast().gazetteMaxLength(), cached.gazetteMaxLength());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(cache.file()), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void damagedCacheFallsBackToTheFullLoadAndIsRewritten() throws Exception {
        NerModelCache cache = new NerModelCache(dir, key());
        cache.write(fast());
        long size = Files.size(cache.file());
        try (FileChannel file = FileChannel.open(cache.file(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer oneByte = ByteBuffer.allocate(1);
            file.read(oneByte, size / 2);
            oneByte.flip();
            file.write(ByteBuffer.wrap(new byte[] {(byte) ~oneByte.get(0)}), size / 2);
        }
        assertThrows(IOException.class, cache::read);

        FastNer reloaded = NerModels.loadFast(dir);
        for (List<String> sentence : HAND_WRITTEN) {
            assertEquals(stock().tag(sentence), reloaded.tag(sentence), String.join(" ", sentence));
        }
        assertTrue(cache.read().isPresent(), "the full load rewrote the cache");
    }

    @Test
    void truncatedCacheIsRejected() throws Exception {
        NerModelCache cache = new NerModelCache(dir, key());
        cache.write(fast());
        try (FileChannel file = FileChannel.open(cache.file(), StandardOpenOption.WRITE)) {
            file.truncate(file.size() / 3);
        }
        assertThrows(IOException.class, cache::read);
    }

    @Test
    void cacheOfAnotherModelIsNotUsed() throws Exception {
        NerModelCache other = new NerModelCache(dir, key().replace("crc ", "crc 0"));
        other.write(fast());
        NerModelCache mine = new NerModelCache(dir, key());
        assertNotEquals(other.file(), mine.file());
        assertEquals(Optional.empty(), mine.read());

        // Even under this model's file name, another model's cache is refused.
        Files.copy(other.file(), mine.file());
        IOException refused = assertThrows(IOException.class, mine::read);
        assertTrue(refused.getMessage().contains("another model"), refused.getMessage());
    }

    @Test
    void writingDeletesOnlyAbandonedTemporaryFiles() throws Exception {
        NerModelCache cache = new NerModelCache(dir, key());
        Path abandoned = Files.createFile(dir.resolve("italian-ner-0123.cache.1.tmp"));
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path inProgress = Files.createFile(dir.resolve("italian-ner-0123.cache.2.tmp"));
        cache.write(fast());
        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(inProgress), "another writer's file, too recent to be abandoned");
        assertTrue(cache.read().isPresent());
    }

    @Test
    void modelKeyNamesTheModelAndCoreNlpVersion() {
        String key = key();
        assertTrue(key.matches("format \\d+; corenlp 4\\.5\\.\\d+; " + NerModels.ITALIAN_CRF
                + " size \\d+ crc [0-9a-f]+"), key);
        assertEquals(key, key());
    }
}
