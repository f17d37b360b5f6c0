package org.filo.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.filo.output.OutputStore;
import org.filo.spark.SparkConfig;
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

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders: local paths or Hadoop FS "
            + "URIs (hdfs://, s3a://, file://)")
    private List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, a local path or a Hadoop FS URI; "
            + "default: output/")
    private String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2]; default: "
            + "what spark-submit sets")
    private String master;

    @Option(names = "--manifest", paramLabel = "FILE", description = "CSV file,published[,url,title]; a local "
            + "path or a Hadoop FS URI")
    private String manifest;

    @Option(names = "--dct", paramLabel = "DATE", description = "Publication date for documents with none")
    private LocalDate dct;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "300",
            description = "Time limit for one document (default 300)")
    private int timeLimitSeconds;

    @Option(names = "--models", paramLabel = "DIR", description = "Models folder, at this path on every node; "
            + "default: the project's models/")
    private Path models;

    @Option(names = "--force", description = "Process every file again, even those whose records are up to date")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        for (String input : inputs) {
            if (!SparkConfig.isHadoop(input) && !Files.exists(Path.of(input))) {
                throw new ParameterException(spec.commandLine(), "INPUT does not exist: " + input);
            }
        }
        if (timeLimitSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--time-limit must be at least 1 second");
        }
        Path home = Home.dir();
        SparkConfig config = new SparkConfig(inputs, out != null ? out : home.resolve("output").toString(), master,
                manifest, dct, Duration.ofSeconds(timeLimitSeconds), models != null ? models : home.resolve("models"),
                false, false, force);
        try {
            return SparkExtractJob.run(config, spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (OutputStore.ForeignLine e) { // a line of the output folder that is not a record: as extract says it
            spec.commandLine().getErr().println("filo: " + e.getMessage());
            return Main.EXIT_USAGE;
        }
    }
}
