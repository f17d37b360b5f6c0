package org.filo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.filo.eval.BioTsv;
import org.filo.eval.EntitySpan;
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

    @Option(names = "--errors", paramLabel = "FILE",
            description = "write each missed (FN) and wrong (FP) span with its sentence, tab-separated, to FILE")
    Path errors;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "write token<TAB>gold<TAB>predicted lines (blank line between sentences) to FILE")
    Path predictions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NerRun.withExitCodes(spec, file, this::run);
    }

    private int run() throws IOException {
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
        if (predictions != null) {
            writePredictions(sentences, tagged.labels());
            out.println("predictions written to " + predictions);
        }
        if (errors != null) {
            writeErrors(sentences, tagged.labels());
            out.println("span errors written to " + errors);
        }
        out.println("peak heap " + NerRun.peakHeap());
        out.flush();
        return 0;
    }

    private void writePredictions(List<TaggedSentence> sentences, List<List<String>> predicted) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            TaggedSentence sentence = sentences.get(s);
            for (int i = 0; i < sentence.words().size(); i++) {
                lines.add(sentence.words().get(i) + "\t" + sentence.labels().get(i) + "\t" + predicted.get(s).get(i));
            }
            lines.add("");
        }
        Files.write(predictions, lines, StandardCharsets.UTF_8);
    }

    private void writeErrors(List<TaggedSentence> sentences, List<List<String>> predicted) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s).words();
            Set<EntitySpan> gold = new HashSet<>(EntitySpan.fromLabels(sentences.get(s).labels()));
            Set<EntitySpan> tagged = new HashSet<>(EntitySpan.fromLabels(predicted.get(s)));
            String sentence = String.join(" ", words);
            for (EntitySpan g : EntitySpan.fromLabels(sentences.get(s).labels())) {
                if (!tagged.contains(g)) {
                    lines.add("FN\t" + g.type() + "\t" + String.join(" ", words.subList(g.start(), g.end())) + "\t" + sentence);
                }
            }
            for (EntitySpan p : EntitySpan.fromLabels(predicted.get(s))) {
                if (!gold.contains(p)) {
                    lines.add("FP\t" + p.type() + "\t" + String.join(" ", words.subList(p.start(), p.end())) + "\t" + sentence);
                }
            }
        }
        Files.write(errors, lines, StandardCharsets.UTF_8);
    }
}
