package org.filo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.filo.eval.BioTsv;
import org.filo.eval.NerScorer;
import org.filo.eval.TaggedSentence;
import org.filo.nlp.ner.NerModels;
import org.filo.nlp.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code filo eval-ner FILE.tsv [--stock]}: span-level P/R/F1 of the NER stage, and its speed. */
@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = "Tag a token<TAB>BIO-label file sentence by sentence (one thread) and print span-level "
                + "P/R/F1 per type and overall (exact span and type), and tokens per second.")
final class EvalNerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.tsv", description = "token<TAB>label lines, blank line between sentences")
    Path file;

    @Option(names = "--stock", description = "use the CoreNLP classifier as shipped (~200 tokens/s) instead of the fast one")
    boolean stock;

    @Option(names = "--limit", paramLabel = "N", description = "only the first sentences totalling at least N tokens")
    Integer limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<TaggedSentence> sentences = BioTsv.read(file);
        if (limit != null) {
            sentences = BioTsv.prefix(sentences, limit);
        }
        NerTagger tagger = stock
                ? NerRun.load("stock NER", NerModels::loadStock, out)
                : NerRun.load("fast NER", NerModels::loadFast, out);
        NerRun.Tagged tagged = NerRun.tag(tagger, sentences);
        List<List<String>> gold = sentences.stream().map(TaggedSentence::labels).toList();
        out.printf(Locale.ROOT, "%s: %d sentences, %d tokens; %s tagger, one thread: %s%n",
                file, sentences.size(), tagged.tokens(), stock ? "stock" : "fast", NerRun.speed(tagged));
        NerRun.printScore(NerScorer.score(gold, tagged.labels()), out);
        out.println("peak heap " + NerRun.peakHeap());
        out.flush();
        return 0;
    }
}
