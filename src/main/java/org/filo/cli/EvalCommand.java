package org.filo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.filo.eval.EvalInputException;
import org.filo.eval.EvalReport;
import org.filo.eval.Evaluator;
import org.filo.eval.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ./filo eval --gold DIR --out DIR}: scores an output folder, prints a table, writes DIR/eval.json. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores an output folder against a gold folder (annotation-guidelines.md);",
                "prints a table and the listing of missed/spurious events and writes OUT/eval.json.",
                "Exit codes: 0 done, 2 bad usage, 3 missing or unreadable gold/output file, 1 anything else."})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "gold folder: manifest.csv, timex.jsonl, events.jsonl")
    Path gold;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "output folder of extract: documents.jsonl, events.jsonl; eval.json is written here")
    Path out;

    @Override
    public Integer call() {
        EvalReport report;
        try {
            report = Evaluator.evaluate(gold, out);
        } catch (EvalInputException e) {
            spec.commandLine().getErr().println("filo eval: " + e.getMessage());
            return Main.EXIT_CONFIG;
        }
        spec.commandLine().getOut().print(ReportTable.render(report));
        Path json = out.resolve("eval.json");
        try {
            Evaluator.writeJson(report, json);
        } catch (IOException e) {
            spec.commandLine().getErr().println("filo eval: cannot write " + json + ": " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("\nwrote " + json);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
