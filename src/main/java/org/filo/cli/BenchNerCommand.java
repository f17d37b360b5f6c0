package org.filo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.filo.eval.BioTsv;
import org.filo.eval.TaggedSentence;
import org.filo.nlp.ner.NerModels;
import org.filo.nlp.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code filo bench-ner FILE.tsv [--limit N]}: the stock and the fast NER on the same sentences in one
 * process: both speeds, their ratio, and how many token labels differ. A benchmark, not a test.
 */
@Command(name = "bench-ner", mixinStandardHelpOptions = true,
        description = "Run the stock CoreNLP Italian NER and the fast one on the same sentences (one thread), "
                + "print both speeds, the ratio and the number of tokens whose labels differ.")
final class BenchNerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.tsv", description = "token<TAB>label lines, blank line between sentences")
    Path file;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "3000",
            description = "first sentences totalling at least N tokens (stock runs ~200 tokens/s; default ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "300",
            description = "tokens tagged by each tagger, untimed, before timing (JIT warm-up; default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--fast-seconds", paramLabel = "S", defaultValue = "3",
            description = "repeat the fast run over the sentences until at least S seconds (a steadier figure)")
    double fastSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return NerRun.withExitCodes(spec, file, this::run);
    }

    private int run() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<TaggedSentence> all = BioTsv.read(file);
        List<TaggedSentence> sentences = BioTsv.prefix(all, limit);
        List<TaggedSentence> warm = BioTsv.prefix(all, warmup);
        NerTagger stock = NerRun.load("stock NER", NerModels::loadStock, out);
        NerTagger fast = NerRun.load("fast NER", NerModels::loadFast, out);
        NerRun.tag(stock, warm);
        NerRun.tag(fast, warm);

        NerRun.Tagged stockRun = NerRun.tag(stock, sentences);
        NerRun.Tagged fastRun = NerRun.tag(fast, sentences);
        NerRun.Tagged fastTotal = fastRun;
        while (fastTotal.nanos() < fastSeconds * 1e9) {
            fastTotal = fastTotal.plus(NerRun.tag(fast, sentences));
        }

        int differing = 0;
        int differingSentences = 0;
        for (int s = 0; s < sentences.size(); s++) {
            List<String> a = stockRun.labels().get(s);
            List<String> b = fastRun.labels().get(s);
            int before = differing;
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    differing++;
                }
            }
            if (differing > before) {
                differingSentences++;
            }
        }
        out.printf(Locale.ROOT, "%s: %d sentences, %d tokens (warm-up %d tokens each, untimed)%n", file,
                sentences.size(), stockRun.tokens(), BioTsv.tokenCount(warm));
        out.println("stock: " + NerRun.speed(stockRun));
        out.println("fast:  " + NerRun.speed(fastTotal) + ", " + fastTotal.tokens() + " tokens");
        out.printf(Locale.ROOT, "ratio fast/stock: %.1f wall, %.1f CPU%n",
                fastTotal.tokensPerSecond() / stockRun.tokensPerSecond(),
                fastTotal.tokensPerCpuSecond() / stockRun.tokensPerCpuSecond());
        out.printf(Locale.ROOT, "labels %s: %d of %d tokens differ, in %d sentences%n",
                differing == 0 ? "IDENTICAL" : "DIFFER", differing, stockRun.tokens(), differingSentences);
        out.println("peak heap " + NerRun.peakHeap());
        out.flush();
        return differing == 0 ? 0 : 1;
    }
}
