package org.filo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.filo.eval.EvalInputException;
import org.filo.eval.EvalReport;
import org.filo.eval.Evaluator;
import org.filo.eval.GoldReader;
import org.filo.report.HtmlReport;
import org.filo.report.ReportData;
import org.filo.report.ReportInput;
import org.filo.report.ReportInputException;
import org.filo.report.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./filo report OUT [--gold DIR] [--html FILE]}: one self-contained HTML page over an output folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes one HTML page (no network needed) over an extract output folder: overview,",
                "timeline, contact graph, evidence, a sortable table; with --gold, the evaluation too.",
                "Exit codes: 0 done, 2 bad usage, 3 missing folder or unreadable gold, 1 anything else."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT", description = "output folder of extract (documents.jsonl, events.jsonl)")
    Path out;

    @Option(names = "--gold", paramLabel = "DIR", description = "gold folder: adds the evaluation view")
    Path gold;

    @Option(names = "--html", paramLabel = "FILE", description = "page to write (default OUT/report.html)")
    Path html;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        EvalReport eval = null;
        Set<String> evaluated = new HashSet<>();
        try {
            if (gold != null) {
                eval = Evaluator.evaluate(gold, out);
                evaluated.addAll(GoldReader.read(gold).docIds());
            }
            ReportInput input = ReportReader.read(out, evaluated);
            input.warnings().forEach(w -> err.println("filo report: " + w));
            Path page = html != null ? html : out.resolve("report.html");
            Files.writeString(page, new HtmlReport().render(new ReportData(input, eval)), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + page + " (" + input.documents().size() + " documents, "
                    + input.events().size() + " events" + (eval != null ? ", evaluated" : "") + ")");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (ReportInputException | EvalInputException e) {
            err.println("filo report: " + e.getMessage());
            return Main.EXIT_CONFIG;
        } catch (IOException e) {
            err.println("filo report: cannot write the page: " + e.getMessage());
            return 1;
        } finally {
            err.flush();
        }
    }
}
