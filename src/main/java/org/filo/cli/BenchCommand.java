package org.filo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.filo.ingest.BatchScanner;
import org.filo.ingest.SourceFile;
import org.filo.pipeline.Benchmark;
import org.filo.pipeline.StageLoader;
import org.filo.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./filo bench}: throughput, memory and start-up of the whole pipeline on a batch (prints, no output files). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Processes a batch in memory on 1 and 2 threads and prints documents/s, tokens/s, stage "
                + "shares, peak heap and RSS, model loading time; then CoreNLP's stock Italian pipeline on a "
                + "sample for the ratio.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders")
    private List<Path> inputs;

    @Option(names = "--manifest", paramLabel = "FILE", description = "CSV file,published")
    private Path manifest;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts (default 1,2)")
    private List<Integer> threads;

    @Option(names = "--repeat", defaultValue = "3",
            description = "Rounds of passes, each over every thread count; the summary gives medians, since a shared "
                    + "machine's speed drifts between passes (default 3)")
    private int repeat;

    @Option(names = "--stock-tokens", defaultValue = "4000",
            description = "Tokens of the batch to give the stock pipeline (0: skip it; default 4000)")
    private int stockTokens;

    @Option(names = "--parse", negatable = true, defaultValue = "false",
            description = "Measure with the dependency parser on (off by default, as in extract)")
    private boolean parse;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be at least 1, not " + repeat);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<SourceFile> files = new BatchScanner().scan(inputs, manifest);
        out.printf("batch: %d files; JVM max heap %d MB; %d processors%n", files.size(),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        try (Stages stages = StageLoader.load(Home.dir().resolve("models"), false, parse)) {
            out.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            measure(stages, files, out);
        }
        return 0;
    }

    private void measure(Stages stages, List<SourceFile> files, PrintWriter out) throws Exception {
        Benchmark bench = new Benchmark(stages, out, Home.dir().resolve("models"));
        // Warm-up: one whole pass on the most threads. A tenth of the batch left the JIT compiling into the
        // first measured passes, on the core a one-thread pass leaves free and a two-thread pass does not.
        out.println("warm-up:");
        bench.pass(files, threads.stream().mapToInt(Integer::intValue).max().orElse(1));
        Map<Integer, List<Double>> speeds = new TreeMap<>();
        Map<Integer, List<Double>> speedUps = new TreeMap<>();
        for (int round = 1; round <= repeat; round++) {
            out.printf("round %d of %d:%n", round, repeat);
            double single = 0;
            for (int n : threads) {
                double tps = bench.pass(files, n);
                speeds.computeIfAbsent(n, k -> new ArrayList<>()).add(tps);
                if (n == 1) {
                    single = tps;
                } else if (single > 0) {
                    // passes of one round run back to back, under much the same load
                    speedUps.computeIfAbsent(n, k -> new ArrayList<>()).add(tps / single);
                }
            }
        }
        out.printf("summary over %d rounds (median):%n", repeat);
        speeds.forEach((n, v) -> out.printf("  threads=%d: %.0f tokens/s (passes: %s)%n", n, median(v),
                list(v, "%.0f")));
        speedUps.forEach((n, v) -> out.printf("  speed-up on %d threads: %.2fx (rounds: %s)%n", n, median(v),
                list(v, "%.2f")));
        double single = speeds.containsKey(1) ? median(speeds.get(1)) : 0;
        if (stockTokens > 0) {
            List<String> texts = new ArrayList<>();
            for (SourceFile f : files) {
                if (f.path().toString().endsWith(".txt") && Files.size(f.path()) < 20_000) {
                    texts.add(Files.readString(f.path()));
                }
            }
            double stock = bench.stock(texts, stockTokens);
            if (single > 0) {
                out.printf("project pipeline vs stock: %.0fx (1 thread, median)%n", single / stock);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private static String list(List<Double> values, String format) {
        return values.stream().map(v -> String.format(Locale.ROOT, format, v)).collect(Collectors.joining(", "));
    }
}
