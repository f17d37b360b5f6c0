package org.filo.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything {@code extract} was asked to do, parsed once.
 *
 * @param manifest  an explicit manifest, or null
 * @param dct       the {@code --dct} date, or null
 * @param modelsDir the project's rules, lexicons and actor knowledge
 * @param stockNer  use CoreNLP's NER exactly as shipped instead of the fast equivalent
 * @param parse     also run the dependency parser over sentences that may hold an event (slower; README says what it buys)
 * @param force     process every file again, even those whose records are up to date
 * @param progress  how the run reports on stderr: plain lines, quiet, or JSON lines
 */
public record ExtractConfig(List<Path> inputs, Path out, Path manifest, int threads, LocalDate dct,
                            Duration timeLimit, Path modelsDir, boolean stockNer,
                            boolean parse, boolean force, Progress.Mode progress) {
    public ExtractConfig {
        inputs = List.copyOf(inputs);
    }

    public ExtractConfig(List<Path> inputs, Path out, Path manifest, int threads, LocalDate dct, Duration timeLimit,
                         Path modelsDir, boolean stockNer, boolean parse, boolean force) {
        this(inputs, out, manifest, threads, dct, timeLimit, modelsDir, stockNer, parse, force, Progress.Mode.PLAIN);
    }

    /** The options that change what a record says: part of the pipeline fingerprint, so changing one reruns all. */
    public String outputOptions() {
        return outputOptions(parse, stockNer, dct);
    }

    /** The same for a job that is not extract's (the Spark job): one spelling, so that fingerprints agree. */
    public static String outputOptions(boolean parse, boolean stockNer, LocalDate dct) {
        return "parse=" + parse + ";stockNer=" + stockNer + ";dct=" + dct + ";";
    }
}
