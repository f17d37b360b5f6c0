package org.filo.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NerModelCacheDirTest {
    @Test
    void xdgCacheHomeWhenSetAndAbsoluteElseDotCacheInHome() {
        assertEquals(Path.of("/var/cache/u", "filo"),
                NerModelCache.defaultDir(Map.of("XDG_CACHE_HOME", "/var/cache/u"), "/home/u"));
        assertEquals(Path.of("/home/u", ".cache", "filo"), NerModelCache.defaultDir(Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u", ".cache", "filo"),
                NerModelCache.defaultDir(Map.of("XDG_CACHE_HOME", "relative"), "/home/u"));
    }
}
