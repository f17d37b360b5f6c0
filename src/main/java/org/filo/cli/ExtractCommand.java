package org.filo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.filo.pipeline.ExtractConfig;
import org.filo.pipeline.ExtractJob;
import org.filo.pipeline.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./filo extract}: files and folders in, documents.jsonl and events.jsonl out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Reads files and folders (recursively) through Tika and writes DIR/documents.jsonl and "
                + "DIR/events.jsonl. Run again over the same output, it processes only new or changed files.",
                "With no INPUT, processes corpus/ into output/."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files or folders; default: corpus/")
    private List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder; default: output/")
    private Path out;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "CSV file,published[,url,title]; a manifest.csv inside an INPUT folder is used anyway")
    private Path manifest;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Worker threads (default 1)")
    private int threads;

    @Option(names = "--dct", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for documents whose manifest and metadata give none")
    private String dct;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time limit for one document (default 300)")
    private int timeLimitSeconds;

    @Option(names = "--stock-ner", description = "Use CoreNLP's NER exactly as shipped (slow; for comparison)")
    private boolean stockNer;

    @Option(names = "--parse", negatable = true, defaultValue = "false",
            description = "Also give sentences that may hold an event to CoreNLP's dependency parser. Off by "
                    + "default: on the seeds it changes no event, on news-it it added 1 of 113 (a wrong one), "
                    + "for 23%% more time and 5 s more loading (README)")
    private boolean parse;

    @Option(names = "--force", description = "Process every file again, even those whose records are up to date")
    private boolean force;

    @Option(names = "--quiet", description = "Print no progress; files that are not OK and errors are still said")
    private boolean quiet;

    @Option(names = "--progress", paramLabel = "FORMAT", defaultValue = "plain",
            description = "plain (default): lines on stderr; json: one JSON object per line on stderr, for pipelines")
    private String progress;

    @Override
    public Integer call() throws Exception {
        Path home = Home.dir();
        ExtractConfig config = new ExtractConfig(
                inputs == null || inputs.isEmpty() ? List.of(home.resolve("corpus")) : List.copyOf(inputs),
                out != null ? out : home.resolve("output"), manifest, threads(), dctOption(),
                Duration.ofSeconds(timeLimit()), home.resolve("models"), stockNer, parse,
                force, progressMode());
        for (Path input : config.inputs()) {
            if (!Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), "INPUT does not exist: " + input);
            }
        }
        if (manifest != null && !Files.isRegularFile(manifest)) {
            throw new ParameterException(spec.commandLine(), "--manifest is not a file: " + manifest);
        }
        return ExtractJob.run(config, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private int threads() {
        if (threads < 1 || threads > 256) {
            throw new ParameterException(spec.commandLine(), "--threads must be between 1 and 256");
        }
        return threads;
    }

    private Progress.Mode progressMode() {
        if (!progress.equals("plain") && !progress.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--progress must be plain or json: " + progress);
        }
        if (quiet && progress.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--quiet and --progress json exclude each other");
        }
        Progress.Mode mode = quiet ? Progress.Mode.QUIET : progress.equals("json") ? Progress.Mode.JSON
                : Progress.Mode.PLAIN;
        if (mode != Progress.Mode.PLAIN && System.getProperty(LOG_LEVEL) == null) {
            // the libraries' own warnings (PDFBox, POI) would break JSON lines and --quiet; read before any logger exists
            System.setProperty(LOG_LEVEL, mode == Progress.Mode.JSON ? "off" : "error");
        }
        return mode;
    }

    private static final String LOG_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private int timeLimit() {
        if (timeLimitSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--time-limit must be at least 1 second");
        }
        return timeLimitSeconds;
    }

    private LocalDate dctOption() {
        try {
            return dct == null ? null : LocalDate.parse(dct);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "--dct must be a date like 2022-05-13: " + dct);
        }
    }
}
