package org.filo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.filo.output.OutputStore;
import org.filo.pipeline.ExtractConfig;
import org.filo.spark.SparkExtractJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./filo spark}: extract as a Spark job (local with --master local[N], or under spark-submit). */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = "The same records as extract, computed on Spark; also writes DIR/parquet/.")
final class SparkCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders")
    private List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder; default: output/")
    private Path out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]; default: "
            + "what spark-submit sets")
    private String master;

    @Option(names = "--manifest", paramLabel = "FILE", description = "CSV file,published[,url,title]")
    private Path manifest;

    @Option(names = "--dct", paramLabel = "DATE", description = "Publication date for documents with none")
    private LocalDate dct;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time limit for one document (default 300)")
    private int timeLimitSeconds;

    @Option(names = "--models", paramLabel = "DIR", description = "Models folder, at this path on every node; "
            + "default: the project's models/")
    private Path models;

    @Override
    public Integer call() throws Exception {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new ParameterException(spec.commandLine(), "INPUT does not exist: " + input);
            }
        }
        if (timeLimitSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--time-limit must be at least 1 second");
        }
        Path home = Home.dir();
        ExtractConfig config = new ExtractConfig(inputs, out != null ? out : home.resolve("output"), manifest, 1,
                dct, Duration.ofSeconds(timeLimitSeconds), models != null ? models : home.resolve("models"),
                false, false, false);
        try {
            return SparkExtractJob.run(config, master, spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (OutputStore.ForeignLine e) { // a line of the output folder that is not a record: as extract says it
            spec.commandLine().getErr().println("filo: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
    }
}
