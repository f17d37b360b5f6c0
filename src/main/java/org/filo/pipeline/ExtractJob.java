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
    public static final int EXIT_OTHER = 1;

    private ExtractJob() {
    }

    /** Lists the inputs, loads the stages, runs the batch, closes the stages. */
    public static int run(ExtractConfig config, PrintWriter out, PrintWriter err) throws IOException {
        return scanLockAndRun(config, out, err, (files, store) -> loadAndRun(config, files, store, out, err));
    }

    /** What runs once the inputs are listed and the output folder is held, checked and open. */
    private interface Batch {
        BatchSummary run(List<SourceFile> files, OutputStore store) throws IOException;
    }

    /**
     * Lists the inputs, locks and checks the output folder before anything costly: a bad manifest, a busy or
     * unusable --out, or records Filo cannot place are said before the models load.
     */
    private static int scanLockAndRun(ExtractConfig config, PrintWriter out, PrintWriter err, Batch batch)
            throws IOException {
        List<SourceFile> files = scan(config, err);
        if (files == null) {
            return EXIT_CONFIG;
        }
        OutputLock lock = lock(config, err);
        if (lock == null) {
            return EXIT_USAGE;
        }
        try (lock) {
            OutputStore store;
            try {
                store = OutputStore.open(new ObjectMapper(), config.out());
            } catch (OutputStore.ForeignLine e) {
                return say(err, EXIT_USAGE, e.getMessage());
            } catch (IOException e) {
                return say(err, EXIT_OTHER, "cannot read the records in " + config.out() + ": " + e.getMessage());
            }
            sayAll(err, "repairing ", store.found());
            BatchSummary summary;
            List<String> removed = List.of();
            try (store) {
                summary = batch.run(files, store);
                if (summary != null) {
                    removed = GoneFiles.remove(store, config.inputs(), files);
                }
            } catch (IOException e) {
                // a full disk, most often: what was committed before stays, and the next run goes on from it
                return say(err, EXIT_OTHER, "writing the records to " + config.out() + " failed (" + e.getMessage()
                        + "); the records written before it are kept, and the next run goes on from them");
            }
            if (summary == null) {
                return EXIT_CONFIG;
            }
            out.println(report(summary, removed, config));
            out.flush();
            sayAll(err, "", store.unrepaired());
            return store.unrepaired().isEmpty() ? EXIT_OK : EXIT_OTHER;
        }
    }

    /** A few sentences in full and a count of the rest: a deleted events.jsonl damages every record. */
    private static void sayAll(PrintWriter err, String prefix, List<String> sentences) {
        int shown = sentences.size() <= 12 ? sentences.size() : 10;
        for (String sentence : sentences.subList(0, shown)) {
            err.println("filo: " + prefix + sentence);
        }
        if (shown < sentences.size()) {
            err.println("filo: … and " + (sentences.size() - shown) + " more of the same kind");
        }
        err.flush();
    }

    private static int say(PrintWriter err, int exit, String sentence) {
        err.println("filo: " + sentence);
        err.flush();
        return exit;
    }

    /** The batch's summary, or null when the models could not be loaded (after saying so). */
    private static BatchSummary loadAndRun(ExtractConfig config, List<SourceFile> files, OutputStore store,
                                           PrintWriter out, PrintWriter err) throws IOException {
        Stages stages;
        long t0 = System.nanoTime();
        try {
            stages = StageLoader.load(config);
        } catch (RuntimeException e) {
            err.println("filo: cannot load models from " + config.modelsDir() + ": " + e.getMessage());
            err.flush();
            return null;
        }
        Progress.forConsole(config.progress(), 0, 0)
                .note(String.format("models loaded in %.1f s", (System.nanoTime() - t0) / 1e9));
        try (stages) {
            return run(config, files, stages, store);
        }
    }

    /** Runs the batch with stages already loaded (tests and benchmarks load them once per JVM). */
    public static int run(ExtractConfig config, Stages stages, PrintWriter out, PrintWriter err) throws IOException {
        return scanLockAndRun(config, out, err, (files, store) -> run(config, files, stages, store));
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
            e.getMessage().lines().forEach(line -> err.println("filo: unreadable manifest: " + line));
            err.flush();
            return null;
        }
    }

    private static BatchSummary run(ExtractConfig config, List<SourceFile> files, Stages stages, OutputStore store)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        BatchRunner runner = new BatchRunner(new DocumentPipeline(stages, config.dct(), new StageClock()),
                new RecordMapper(json, PipelineFingerprint.of(config.modelsDir(), config.outputOptions())), config.threads(),
                config.timeLimit(), config.progress());
        return runner.run(files, store, config.force());
    }

    private static String report(BatchSummary s, List<String> removed, ExtractConfig config) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%d documents processed, %d unchanged and skipped, %d tokens in %.1f s",
                s.processedCount(), s.unchanged(), s.tokens(), s.nanos() / 1e9));
        for (String line : s.tally().lines()) {
            b.append(System.lineSeparator()).append(line);
        }
        if (!removed.isEmpty()) {
            b.append(String.format("%n%d records removed: their files are gone from the input (deleted, renamed or"
                    + " moved): %s", removed.size(), String.join(", ", removed.subList(0, Math.min(5, removed.size())))
                    + (removed.size() > 5 ? ", …" : "")));
        }
        b.append(String.format("%nrecords: %s (one line per file), %s (%d new or redone events)",
                config.out().toAbsolutePath().resolve(OutputStore.DOCUMENTS),
                config.out().toAbsolutePath().resolve(OutputStore.EVENTS), s.tally().events()));
        return b.toString();
    }
}
