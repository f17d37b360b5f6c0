package org.filo.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.filo.SharedData;
import org.junit.jupiter.api.Test;

/** One ingester shared by several workers gives the same documents as one worker alone. */
class ConcurrentIngestTest {
    @Test
    void sharedIngesterGivesSameResultsAcrossThreads() throws Exception {
        Path seeds = SharedData.require("seeds");
        List<SourceFile> files = new ArrayList<>();
        List<SourceFile> once = new BatchScanner().scan(List.of(seeds), null);
        for (int i = 0; i < 4; i++) {
            files.addAll(once);
        }
        TikaIngester ingester = TestIngesters.shared();
        List<Ingested> sequential = files.stream().map(ingester::ingest).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Ingested>> futures = new ArrayList<>();
            for (SourceFile f : files) {
                futures.add(pool.submit(() -> ingester.ingest(f)));
            }
            for (int i = 0; i < files.size(); i++) {
                assertEquals(sequential.get(i), futures.get(i).get(), files.get(i).docId());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
