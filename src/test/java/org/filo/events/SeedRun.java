package org.filo.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.filo.actors.KnowledgeBaseActorResolver;
import org.filo.eval.EvalReport;
import org.filo.eval.Evaluator;
import org.filo.eval.ReportTable;
import org.filo.ingest.BatchScanner;
import org.filo.ingest.IngestConfig;
import org.filo.ingest.SourceFile;
import org.filo.ingest.TikaIngester;
import org.filo.nlp.CoreNlpDependencyParser;
import org.filo.nlp.ItalianTextAnalyzer;
import org.filo.nlp.NlpResources;
import org.filo.nlp.SentenceSplitter;
import org.filo.nlp.ner.NerModels;
import org.filo.output.OutputStore;
import org.filo.output.RecordMapper;
import org.filo.pipeline.BatchRunner;
import org.filo.pipeline.DocumentPipeline;
import org.filo.pipeline.Progress;
import org.filo.pipeline.StageClock;
import org.filo.pipeline.Stages;
import org.filo.time.ItalianTimeTagger;
import org.filo.time.TimeRules;

/**
 * Developer tool until {@code ./filo extract} is wired: runs every stage over a folder and scores it.
 * Arguments: input folder, manifest, output folder, gold folder (optional), "noparse" (optional).
 */
final class SeedRun {
    public static void main(String[] args) throws Exception {
        Path models = Path.of("models");
        RuleEventExtractor events = RuleEventExtractor.load(models);
        boolean parse = args.length < 5 || !args[4].equals("noparse");
        try (TikaIngester ingester = TikaIngester.load(IngestConfig.defaults(), models)) {
            Stages stages = new Stages(ingester,
                    new ItalianTextAnalyzer(NlpResources.tokenizer(models), new SentenceSplitter(200),
                            NerModels.loadFast()),
                    d -> Optional.empty(), new ItalianTimeTagger(TimeRules.load(models.resolve("time"))),
                    KnowledgeBaseActorResolver.load(models),
                    parse ? events::sentencesToParse : (d, a) -> new java.util.BitSet(),
                    parse ? CoreNlpDependencyParser.load() : (a, s) -> a, events);
            List<SourceFile> files = new BatchScanner().scan(List.of(Path.of(args[0])), Path.of(args[1]));
            ObjectMapper json = new ObjectMapper();
            DocumentPipeline pipeline = new DocumentPipeline(stages, null, new StageClock());
            Path out = Path.of(args[2]);
            try (OutputStore store = OutputStore.open(json, out)) {
                new BatchRunner(pipeline, new RecordMapper(json), 1, Duration.ofMinutes(5))
                        .run(files, store, Progress.forConsole(files.size()));
            }
            if (args.length > 3) {
                EvalReport report = Evaluator.evaluate(Path.of(args[3]), out);
                System.out.println(ReportTable.render(report));
            }
        }
    }
}
