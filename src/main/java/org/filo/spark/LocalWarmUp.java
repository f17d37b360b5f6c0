package org.filo.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.filo.output.OutputStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local run's tasks share the driver's JVM, so what they and the Parquet copy will need first is loaded in
 * the background: the models while Spark starts, and Spark SQL (tens of seconds of class loading and code
 * generation the first time, timed in the job log) on the first committed document while the other documents
 * are processed, instead of after all of them. On a cluster neither applies: executors load their models
 * on their first task, and the driver's temporary folder is not theirs.
 */
final class LocalWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(LocalWarmUp.class);
    private final CompletableFuture<DocRecords> first = new CompletableFuture<>();
    private final Thread models;
    private Thread sql;

    private LocalWarmUp(Thread models) {
        this.models = models;
    }

    static LocalWarmUp start(JobSettings settings, JobTimings timings) {
        Thread models = daemon("filo-warm-models", () -> {
            long t0 = System.nanoTime();
            ExecutorModels.get(settings);
            timings.warmUp = System.nanoTime() - t0;
        });
        return new LocalWarmUp(models);
    }

    /** Starts Spark SQL's warm-up, which waits for the first committed document. */
    void sparkStarted(SparkSession spark, JobTimings timings) {
        sql = daemon("filo-warm-sql", () -> {
            DocRecords d = first.join();
            if (d == null) {
                return; // nothing was processed: no Parquet to write either
            }
            long t0 = System.nanoTime();
            try {
                Path dir = Files.createTempDirectory("filo-warm-sql");
                try {
                    Files.writeString(dir.resolve(OutputStore.DOCUMENTS), d.document() + "\n");
                    Files.write(dir.resolve(OutputStore.EVENTS), d.events());
                    ParquetCopy.write(spark, dir.toString(), !d.events().isEmpty(), dir.resolve("parquet").toString());
                } finally {
                    delete(dir);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Spark SQL warm-up failed (the Parquet copy will be slower, not different): {}", e.toString());
            }
            timings.sqlWarmUp = System.nanoTime() - t0;
        });
    }

    /** The driver committed a document. */
    void committed(DocRecords d) {
        first.complete(d);
    }

    /** Waits for both warm-ups (the models are needed and Spark SQL is used next anyway). */
    void finish() throws InterruptedException {
        first.complete(null);
        models.join();
        if (sql != null) {
            sql.join();
        }
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
