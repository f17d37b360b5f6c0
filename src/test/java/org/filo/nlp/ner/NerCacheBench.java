package org.filo.nlp.ner;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints what {@code NerModels.loadFast(dir)} costs in a fresh JVM: wall and process CPU time, heap
 * after a GC, cache file size. Run it twice on an empty directory: the first run is the full load
 * (and cache write), the second the cached load.
 * {@code java -cp target/classes:target/test-classes:$(deps) org.filo.nlp.ner.NerCacheBench DIR}
 */
public final class NerCacheBench {
    private NerCacheBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: NerCacheBench CACHE_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        NerModelCache cache = new NerModelCache(dir, NerModelCache.modelKey(NerModels.ITALIAN_CRF));
        boolean cached = Files.isRegularFile(cache.file());
        FastNer ner = NerModels.loadFast(dir);
        long wall = System.nanoTime() - wall0;
        long cpu = os.getProcessCpuTime() - cpu0;
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        List<String> labels = ner.tag(List.of("Sergio", "Mattarella", "ha", "telefonato", "a", "Vladimir", "Putin"));
        System.out.printf("%s load: wall %.2f s, process CPU %.2f s (JVM start excluded), heap after GC %d MB,"
                        + " cache file %d MB (%s)%n  labels %s%n",
                cached ? "cached" : "full", wall / 1e9, cpu / 1e9, heap.getUsed() >> 20,
                Files.size(cache.file()) >> 20, cache.file(), labels);
    }
}
