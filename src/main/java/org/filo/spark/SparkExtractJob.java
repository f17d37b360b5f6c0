package org.filo.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.filo.ingest.BatchScanner;
import org.filo.ingest.ManifestException;
import org.filo.ingest.SourceFile;
import org.filo.output.OutputStore;
import org.filo.pipeline.BatchRunner;
import org.filo.pipeline.ExtractConfig;
import org.filo.pipeline.PipelineFingerprint;
import org.filo.pipeline.UniqueIds;

/**
 * {@code extract} on Spark. The driver lists the inputs (manifest and ids as extract), skips the documents
 * already in the output with the same SHA-256 and pipeline, and ships the rest to the executors, which run
 * extract's pipeline per partition. The driver commits each document's records through extract's output
 * store (one record per doc_id, so a retried task cannot duplicate one, and the same doc_id-sorted files),
 * then writes the same records as Parquet under {@code parquet/}.
 */
public final class SparkExtractJob {
    public static final int EXIT_OK = 0;
    public static final int EXIT_CONFIG = 3;
    /** Documents per Spark task: small enough to spread a batch, large enough that a task outlives its start-up. */
    private static final int FILES_PER_TASK = 16;

    private SparkExtractJob() {
    }

    /** Runs the job; master is null under spark-submit, which sets it. */
    public static int run(ExtractConfig config, String master, PrintWriter out, PrintWriter err) throws IOException {
        List<SourceFile> files;
        try {
            files = UniqueIds.assign(new BatchScanner().scan(config.inputs(), config.manifest()));
        } catch (ManifestException e) {
            err.println("filo: unreadable manifest: " + e.getMessage());
            err.flush();
            return EXIT_CONFIG;
        }
        String pipeline = PipelineFingerprint.of(config.modelsDir(), config.outputOptions());
        JobSettings settings = new JobSettings(config.modelsDir().toAbsolutePath().toString(), config.stockNer(),
                config.parse(), config.dct() == null ? null : config.dct().toString(),
                config.timeLimit().toSeconds(), pipeline);
        ObjectMapper json = new ObjectMapper();
        SparkSession.Builder builder = SparkSession.builder().appName("filo extract");
        if (master != null) {
            // a local run is a batch on one machine: no web UI (Spark's servlet jars are not on ./filo's path)
            builder.master(master).config("spark.ui.enabled", "false");
        }
        long t0 = System.nanoTime();
        SparkSession spark = builder.getOrCreate();
        int done = 0;
        int unchanged;
        try (OutputStore store = OutputStore.open(json, config.out())) {
            List<FileTask> todo = new ArrayList<>();
            for (SourceFile f : files) {
                // extract's rule: same bytes, path, manifest date and pipeline with its options
                if (config.force() || !BatchRunner.upToDate(pipeline, f, store.recorded(f.docId()))) {
                    todo.add(FileTask.of(f));
                }
            }
            unchanged = files.size() - todo.size();
            if (!todo.isEmpty()) {
                JavaRDD<DocRecords> records = JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .parallelize(todo, Math.max(1, (todo.size() + FILES_PER_TASK - 1) / FILES_PER_TASK))
                        .mapPartitions(new PartitionProcessor(settings));
                for (Iterator<DocRecords> it = records.toLocalIterator(); it.hasNext(); done++) {
                    DocRecords d = it.next();
                    List<ObjectNode> events = new ArrayList<>();
                    for (String e : d.events()) {
                        events.add((ObjectNode) json.readTree(e));
                    }
                    store.write((ObjectNode) json.readTree(d.document()), events);
                }
            }
        }
        ParquetCopy.write(spark, config.out());
        out.printf("%d documents processed, %d unchanged and skipped, in %.1f s on Spark %s%n", done, unchanged,
                (System.nanoTime() - t0) / 1e9, spark.version());
        out.printf("records: %s, %s, Parquet under %s%n", config.out().resolve(OutputStore.DOCUMENTS),
                config.out().resolve(OutputStore.EVENTS), config.out().resolve(ParquetCopy.DIR));
        out.flush();
        if (master != null) {
            spark.stop(); // a local session is ours; under spark-submit the session belongs to the application
        }
        return EXIT_OK;
    }
}
