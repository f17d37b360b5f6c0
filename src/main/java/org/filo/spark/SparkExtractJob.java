package org.filo.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.filo.ingest.ManifestException;
import org.filo.output.OutputStore;
import org.filo.pipeline.PipelineFingerprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * {@code extract} on Spark. The driver lists the inputs (manifest and ids as extract) and ships them, in
 * groups sized by bytes, to the executors, which skip what is up to date and run extract's pipeline on the
 * rest. The driver commits each document's records through extract's output store (one record per doc_id, so
 * a retried task cannot duplicate one, and the same doc_id-sorted files), then writes the same records as
 * Parquet under {@code parquet/}.
 */
public final class SparkExtractJob {
    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_CONFIG = 3;
    private static final Logger LOG = LoggerFactory.getLogger(SparkExtractJob.class);

    private SparkExtractJob() {
    }

    public static int run(SparkConfig config, PrintWriter out, PrintWriter err) throws IOException {
        long t0 = System.nanoTime();
        JobTimings timings = new JobTimings();
        // spark-submit passes spark.hadoop.* (e.g. S3 credentials) as system properties; a SparkConf reads them
        SparkConf submitted = new SparkConf();
        Map<String, String> hadoop = new HashMap<>();
        for (Tuple2<String, String> kv : submitted.getAllWithPrefix("spark.hadoop.")) {
            hadoop.put(kv._1(), kv._2());
        }
        JobSettings settings = new JobSettings(config.modelsDir().toAbsolutePath().toString(), config.stockNer(),
                config.parse(), config.dct() == null ? null : config.dct().toString(), config.timeLimit().toSeconds(),
                PipelineFingerprint.of(config.modelsDir(), config.outputOptions()), config.force(), hadoop);
        List<FileTask> files;
        try {
            files = InputListing.list(config, settings.hadoopConf());
        } catch (ManifestException e) {
            return fail(err, "unreadable manifest: " + e.getMessage(), EXIT_CONFIG);
        } catch (HadoopScanner.MissingInput e) {
            return fail(err, e.getMessage(), EXIT_USAGE);
        }
        timings.listing = System.nanoTime() - t0;
        OutputTarget target;
        try {
            target = OutputTarget.open(config.out(), settings.hadoopConf());
        } catch (OutputTarget.Refused e) {
            return fail(err, e.getMessage(), EXIT_USAGE);
        }
        try (target) {
            // local[N], given to ./filo spark or to spark-submit, runs the tasks in this JVM
            boolean local = (config.master() != null ? config.master() : submitted.get("spark.master", ""))
                    .startsWith("local");
            return run(config, settings, files, target, local, timings, t0, out);
        }
    }

    private static int run(SparkConfig config, JobSettings settings, List<FileTask> files, OutputTarget target,
                           boolean local, JobTimings timings, long t0, PrintWriter out) throws IOException {
        LocalWarmUp warmUp = local ? LocalWarmUp.start(settings, timings) : null;
        long s0 = System.nanoTime();
        SparkSession.Builder builder = SparkSession.builder().appName("filo extract");
        if (config.master() != null) {
            // a local run is a batch on one machine: no web UI (Spark's servlet jars are not on ./filo's path)
            builder.master(config.master()).config("spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        timings.startUp = System.nanoTime() - s0;
        if (warmUp != null) {
            warmUp.sparkStarted(spark, timings);
        }
        int cores = spark.sparkContext().defaultParallelism();
        int done = 0;
        int unchanged = 0;
        ObjectMapper json = new ObjectMapper();
        try {
            try (OutputStore store = OutputStore.open(json, target.storeDir())) {
                List<FileTask> tasks = new ArrayList<>(files.size());
                for (FileTask f : files) {
                    tasks.add(config.force() ? f : f.withPrior(store.recorded(f.docId())));
                }
                long p0 = System.nanoTime();
                for (Iterator<PartitionResult> it = processed(spark, settings, tasks, cores); it.hasNext(); ) {
                    PartitionResult r = it.next();
                    long c0 = System.nanoTime();
                    timings.add(r);
                    unchanged += r.unchanged();
                    for (DocRecords d : r.records()) {
                        commit(json, store, d);
                        done++;
                        if (warmUp != null) {
                            warmUp.committed(d);
                        }
                    }
                    timings.commit += System.nanoTime() - c0;
                }
                timings.processing = System.nanoTime() - p0;
            }
            if (warmUp != null) {
                warmUp.finish(); // the models were needed and are in; Spark SQL is wanted next
            }
            long u0 = System.nanoTime();
            target.publish();
            timings.publish = System.nanoTime() - u0;
            long q0 = System.nanoTime();
            if (Files.size(target.storeDir().resolve(OutputStore.DOCUMENTS)) > 0) {
                ParquetCopy.write(spark, target, Files.size(target.storeDir().resolve(OutputStore.EVENTS)) > 0);
            }
            timings.parquet = System.nanoTime() - q0;
            LOG.info(timings.line(cores));
            out.printf("%d documents processed, %d unchanged and skipped, in %.1f s on Spark %s%n", done, unchanged,
                    (System.nanoTime() - t0) / 1e9, spark.version());
            out.printf("records: %s, %s, Parquet under %s%n", target.location(OutputStore.DOCUMENTS),
                    target.location(OutputStore.EVENTS), target.location(ParquetCopy.DIR));
            out.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the job was interrupted", e);
        } finally {
            if (config.master() != null) {
                spark.stop(); // a local session is ours; under spark-submit the session belongs to the application
            }
        }
        return EXIT_OK;
    }

    /**
     * The tasks' results as they finish. One Spark job per group, as many at once as there are cores, so
     * that every core is busy while the driver commits (a local iterator would run the groups one by one),
     * and the driver holds no more than about one result per core.
     */
    private static Iterator<PartitionResult> processed(SparkSession spark, JobSettings settings,
                                                       List<FileTask> tasks, int cores) {
        List<List<FileTask>> groups = Partitions.of(tasks, cores);
        if (groups.isEmpty()) {
            return Collections.emptyIterator();
        }
        JavaRDD<PartitionResult> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(groups, groups.size()).map(new PartitionProcessor(settings));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(cores, groups.size()), r -> {
            Thread t = new Thread(r, "filo-spark-jobs");
            t.setDaemon(true);
            return t;
        });
        CompletionService<PartitionResult> results = new ExecutorCompletionService<>(pool);
        for (int p = 0; p < groups.size(); p++) {
            int partition = p;
            results.submit(() -> rdd.collectPartitions(new int[] {partition})[0].get(0));
        }
        return new Iterator<>() {
            private int left = groups.size();

            @Override
            public boolean hasNext() {
                if (left == 0) {
                    pool.shutdown();
                }
                return left > 0;
            }

            @Override
            public PartitionResult next() {
                left--;
                try {
                    return results.take().get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    pool.shutdownNow();
                    throw new IllegalStateException("the job was interrupted", e);
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
        };
    }

    private static void commit(ObjectMapper json, OutputStore store, DocRecords d) {
        try {
            List<ObjectNode> events = new ArrayList<>();
            for (String e : d.events()) {
                events.add((ObjectNode) json.readTree(e));
            }
            store.write((ObjectNode) json.readTree(d.document()), events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int fail(PrintWriter err, String sentence, int code) {
        err.println("filo: " + sentence);
        err.flush();
        return code;
    }
}
