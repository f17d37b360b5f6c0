package org.filo.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.filo.ingest.BatchScanner;
import org.filo.ingest.FurnitureLearner;
import org.filo.ingest.IngestConfig;
import org.filo.ingest.Ingested;
import org.filo.ingest.SourceFile;
import org.filo.ingest.TikaIngester;
import org.filo.model.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code filo furniture learn FOLDER...}: rebuilds models/ingest/repeated-lines.tsv from a corpus of pages. */
@Command(name = "furniture", mixinStandardHelpOptions = true,
        description = "Page furniture learnt from a corpus: lines that recur word for word in several documents.",
        subcommands = FurnitureCommand.Learn.class)
final class FurnitureCommand {

    @Command(name = "learn", mixinStandardHelpOptions = true,
            description = "Read every file under FOLDER... (any type Tika reads) and write the lines found in at "
                    + "least --min-docs documents to models/ingest/repeated-lines.tsv (or --out).")
    static final class Learn implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FOLDER")
        List<Path> inputs;

        @Option(names = "--min-docs", paramLabel = "N", defaultValue = "" + FurnitureLearner.DEFAULT_MIN_DOCS)
        int minDocs;

        @Option(names = "--out", paramLabel = "FILE")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path models = Home.dir().resolve("models");
            List<SourceFile> files = new BatchScanner().scan(inputs, null);
            List<String> texts = new ArrayList<>();
            try (TikaIngester ingester = TikaIngester.load(IngestConfig.defaults(), models)) {
                for (SourceFile file : files) {
                    Ingested in = ingester.ingest(file);
                    if (in.status() == Status.OK) {
                        texts.add(in.document().text());
                    }
                }
            }
            Map<String, Integer> lines = FurnitureLearner.learn(texts, minDocs);
            Path target = out != null ? out : models.resolve("ingest").resolve("repeated-lines.tsv");
            FurnitureLearner.write(lines, target, "Lines found word for word in at least " + minDocs + " of "
                    + texts.size() + " documents: page furniture. Columns: documents<TAB>line (normalised).\n"
                    + "Rebuild: ./filo furniture learn FOLDER... (see README, Page furniture).");
            spec.commandLine().getOut().printf("%d lines from %d documents -> %s%n", lines.size(), texts.size(), target);
            return 0;
        }
    }
}
