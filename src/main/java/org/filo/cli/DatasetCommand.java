package org.filo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.filo.dataset.DatasetBuilder;
import org.filo.dataset.DatasetQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./filo dataset}: extract output folders into one DuckDB dataset of contacts (dataset.md). */
@Command(name = "dataset", mixinStandardHelpOptions = true,
        description = "Merges extract output folders into a DuckDB dataset: one row per real contact.")
final class DatasetCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", arity = "0..*", description = "extract output folders to add")
    private List<Path> results;

    @Option(names = "--db", paramLabel = "FILE.duckdb", description = "The dataset (created or updated)")
    private Path db;

    @Option(names = "--summary", paramLabel = "FILE.duckdb", description = "Print the summary of a dataset")
    private Path summary;

    @Option(names = "--export", paramLabel = "DIR", description = "Also write every table to DIR")
    private Path export;

    @Option(names = "--format", defaultValue = "csv", description = "Export format: csv or parquet (default csv)")
    private String format;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (summary != null && db == null && (results == null || results.isEmpty())) {
            if (!Files.isRegularFile(summary)) {
                err.println("no dataset at " + summary);
                return Main.EXIT_USAGE;
            }
            DatasetQueries.summary(summary, out);
            return 0;
        }
        if (db == null || !format.equals("csv") && !format.equals("parquet")) {
            err.println(db == null ? "--db FILE.duckdb is required" : "--format must be csv or parquet");
            spec.commandLine().usage(err);
            return Main.EXIT_USAGE;
        }
        List<Path> folders = results == null ? List.of() : results;
        DatasetBuilder.Outcome outcome = DatasetBuilder.build(folders, db, Home.dir().resolve("models/dataset/event-codes.tsv"));
        outcome.problems().forEach(p -> err.println("warning: " + p));
        out.println(outcome.changed() ? "dataset written: " + db : "dataset unchanged: " + db);
        if (export != null) {
            DatasetQueries.export(db, export, format);
            out.println("exported " + format + " to " + export);
        }
        DatasetQueries.summary(db, out);
        boolean folderRejected = outcome.problems().stream().anyMatch(p -> p.contains("not an extract output folder"));
        return folderRejected ? 1 : 0;
    }
}
