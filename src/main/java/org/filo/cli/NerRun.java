package org.filo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.filo.eval.NerScore;
import org.filo.eval.TaggedSentence;
import org.filo.nlp.ner.NerModelException;
import org.filo.nlp.ner.NerTagger;
import org.filo.pipeline.Benchmark;
import picocli.CommandLine.Model.CommandSpec;

/** Shared by the NER commands: timed loading and tagging, heap figures, score tables. */
final class NerRun {
    private NerRun() {
    }

    /**
     * Labels with the wall time and the tagging thread's CPU time: on a shared machine the CPU figure is
     * the one that says how fast the code is; the wall figure what this run got.
     */
    record Tagged(List<List<String>> labels, long nanos, long cpuNanos, int tokens) {
        double tokensPerSecond() {
            return tokens / (nanos / 1e9);
        }

        double tokensPerCpuSecond() {
            return tokens / (cpuNanos / 1e9);
        }

        Tagged plus(Tagged o) {
            return new Tagged(labels, nanos + o.nanos, cpuNanos + o.cpuNanos, tokens + o.tokens);
        }
    }

    /** A NER command's work: reads a TSV, may fail to read it. */
    interface Work {
        int run() throws IOException;
    }

    /** Runs a NER command with the exit codes of cli.md: 2 no such file, 3 no model, 1 unreadable input. */
    static int withExitCodes(CommandSpec spec, Path file, Work work) {
        try {
            return work.run();
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("no such file: " + e.getFile());
            return Main.EXIT_USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("cannot read " + file + ": " + e.getMessage());
            return 1;
        } catch (NerModelException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Main.EXIT_CONFIG;
        }
    }

    static <T> T load(String what, Supplier<T> loader, PrintWriter out) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T loaded = loader.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        out.printf(Locale.ROOT, "%s loaded in %.1f s wall, %.1f s CPU of the loading thread; heap in use after GC %s%n",
                what, seconds, cpuSeconds, usedHeapAfterGc());
        out.flush();
        return loaded;
    }

    /** Tags sentence by sentence on this thread, timing only the tagger calls. */
    static Tagged tag(NerTagger tagger, List<TaggedSentence> sentences) {
        List<List<String>> labels = new ArrayList<>(sentences.size());
        int tokens = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (TaggedSentence s : sentences) {
            labels.add(tagger.tag(s.words()));
            tokens += s.words().size();
        }
        long nanos = System.nanoTime() - start;
        return new Tagged(labels, nanos, threads.getCurrentThreadCpuTime() - cpuStart, tokens);
    }

    static String speed(Tagged t) {
        return String.format(Locale.ROOT, "%.0f tokens/s wall (%.1f s), %.0f tokens per CPU second (%.1f s)",
                t.tokensPerSecond(), t.nanos() / 1e9, t.tokensPerCpuSecond(), t.cpuNanos() / 1e9);
    }

    static String usedHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return mb(rt.totalMemory() - rt.freeMemory());
    }

    static String peakHeap() {
        return mb(Benchmark.peakHeapBytes()) + " (sum of heap pool peaks; max heap "
                + mb(Runtime.getRuntime().maxMemory()) + ")";
    }

    static void printScore(NerScore score, PrintWriter out) {
        out.printf(Locale.ROOT, "%-8s %6s %6s %6s %7s %7s %7s%n", "type", "tp", "fp", "fn", "P", "R", "F1");
        score.byType().forEach((type, c) -> row(type, c, out));
        row("overall", score.overall(), out);
    }

    private static void row(String name, NerScore.Counts c, PrintWriter out) {
        out.printf(Locale.ROOT, "%-8s %6d %6d %6d %7.4f %7.4f %7.4f%n", name, c.truePositives(),
                c.falsePositives(), c.falseNegatives(), c.precision(), c.recall(), c.f1());
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
    }
}
