package org.filo.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.filo.ingest.BatchScanner;
import org.filo.ingest.ManifestException;
import org.filo.ingest.SourceFile;
import org.filo.output.OutputLock;
import org.filo.output.OutputStore;
import org.filo.output.RecordMapper;

/** The {@code extract} job: scan the inputs, load the stages once, run the batch, report. */
public final class ExtractJob {
    public static final int EXIT_OK = 0;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_CONFIG = 3;

    private ExtractJob() {
    }

    /** Lists the inputs, loads the stages, runs the batch, closes the stages. */
    public static int run(ExtractConfig config, PrintWriter out, PrintWriter err) throws IOException {
        return scanLockAndRun(config, err, files -> loadAndRun(config, files, out, err));
    }

    /** What runs once the inputs are listed and the output folder is held. */
    private interface Batch {
        int run(List<SourceFile> files) throws IOException;
    }

    /**
     * Lists the inputs and locks the output folder before anything costly: a bad manifest or a busy or unusable
     * --out is said before the models load.
     */
    private static int scanLockAndRun(ExtractConfig config, PrintWriter err, Batch batch) throws IOException {
        List<SourceFile> files = scan(config, err);
        if (files == null) {
            return EXIT_CONFIG;
        }
        OutputLock lock = lock(config, err);
        if (lock == null) {
            return EXIT_USAGE;
        }
        try (lock) {
            return batch.run(files);
        }
    }

    private static int loadAndRun(ExtractConfig config, List<SourceFile> files, PrintWriter out, PrintWriter err)
            throws IOException {
        Stages stages;
        long t0 = System.nanoTime();
        try {
            stages = StageLoader.load(config);
        } catch (RuntimeException e) {
            err.println("filo: cannot load models from " + config.modelsDir() + ": " + e.getMessage());
            return EXIT_CONFIG;
        }
        Progress.forConsole(config.progress(), 0, 0)
                .note(String.format("models loaded in %.1f s", (System.nanoTime() - t0) / 1e9));
        try (stages) {
            return run(config, files, stages, out);
        }
    }

    /** Runs the batch with stages already loaded (tests and benchmarks load them once per JVM). */
    public static int run(ExtractConfig config, Stages stages, PrintWriter out, PrintWriter err) throws IOException {
        return scanLockAndRun(config, err, files -> run(config, files, stages, out));
    }

    /** The output folder's lock, or null after saying in one sentence why it cannot be had. */
    private static OutputLock lock(ExtractConfig config, PrintWriter err) {
        try {
            return OutputLock.acquire(config.out());
        } catch (OutputLock.Refused e) {
            err.println("filo: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    /** The batch's files with unique ids, or null (after saying why) when a manifest cannot be read. */
    private static List<SourceFile> scan(ExtractConfig config, PrintWriter err) throws IOException {
        try {
            return UniqueIds.assign(new BatchScanner().scan(config.inputs(), config.manifest()));
        } catch (ManifestException e) {
            err.println("filo: unreadable manifest: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    private static int run(ExtractConfig config, List<SourceFile> files, Stages stages, PrintWriter out)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        BatchRunner runner = new BatchRunner(new DocumentPipeline(stages, config.dct(), new StageClock()),
                new RecordMapper(json, PipelineFingerprint.of(config.modelsDir(), config.outputOptions())), config.threads(),
                config.timeLimit(), config.progress());
        BatchSummary summary;
        try (OutputStore store = OutputStore.open(json, config.out())) {
            summary = runner.run(files, store, config.force());
        }
        out.println(report(summary, config));
        out.flush();
        return EXIT_OK;
    }

    private static String report(BatchSummary s, ExtractConfig config) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%d documents processed, %d unchanged and skipped, %d tokens in %.1f s",
                s.processedCount(), s.unchanged(), s.tokens(), s.nanos() / 1e9));
        for (String line : s.tally().lines()) {
            b.append(System.lineSeparator()).append(line);
        }
        b.append(String.format("%nrecords: %s (one line per file), %s (%d new or redone events)",
                config.out().toAbsolutePath().resolve(OutputStore.DOCUMENTS),
                config.out().toAbsolutePath().resolve(OutputStore.EVENTS), s.tally().events()));
        return b.toString();
    }
}
