package org.filo.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.filo.ingest.SourceFile;
import org.filo.model.ProcessedDocument;
import org.filo.model.Status;
import org.filo.nlp.StockItalianPipeline;
import org.filo.output.RecordMapper;
import org.filo.pipeline.StageClock.Stage;

/**
 * Measures the whole pipeline (file → JSON) on a batch: documents/s, tokens/s, each stage's share of the
 * time, peak heap and RSS, model loading, time per token by document size, on 1 and 2 threads; then
 * CoreNLP's stock Italian pipeline on a sample of the same batch, for the ratio. Prints, asserts nothing.
 */
public final class Benchmark {
    private final Stages stages;
    private final PrintWriter out;
    private final RecordMapper mapper;
    private final ObjectMapper json = new ObjectMapper();

    public Benchmark(Stages stages, PrintWriter out, Path modelsDir) {
        this.stages = stages;
        this.out = out;
        this.mapper = new RecordMapper(json, PipelineFingerprint.of(modelsDir));
    }

    /** One pass over the batch; returns tokens per second. */
    public double pass(List<SourceFile> files, int threads) throws InterruptedException, ExecutionException {
        StageClock clock = new StageClock();
        DocumentPipeline pipeline = new DocumentPipeline(stages, null, clock);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long cpu0 = processCpuNanos();
        long gc0 = gcMillis();
        long t0 = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (SourceFile f : files) {
            results.add(pool.submit(() -> {
                long d0 = System.nanoTime();
                ProcessedDocument p = pipeline.process(f);
                clock.time(Stage.OUTPUT, () -> serialise(p));
                return new long[] {p.analysis().tokens().size(), System.nanoTime() - d0,
                        p.status() == Status.OK ? 1 : 0};
            }));
        }
        long tokens = 0;
        int ok = 0;
        SizeBuckets buckets = new SizeBuckets();
        for (Future<long[]> r : results) {
            long[] v = r.get();
            tokens += v[0];
            ok += (int) v[2];
            buckets.add((int) v[0], v[1]);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        String cores = cpu0 < 0 ? "unknown" : String.format("%.2f", (processCpuNanos() - cpu0) / 1e9 / seconds);
        double gcSeconds = (gcMillis() - gc0) / 1e3;
        pool.shutdown();
        out.printf("threads=%d: %d documents (%d OK), %d tokens in %.1f s: %.1f documents/s, %.0f tokens/s%n",
                threads, files.size(), ok, tokens, seconds, files.size() / seconds, tokens / seconds);
        out.print(shares(clock));
        out.print(buckets.report());
        out.printf("  peak heap %d MB, peak RSS %s%n", peakHeapMb(), peakRss());
        // below the thread count: workers waited; at it, the speed lost went to GC, JIT or shared caches
        out.printf("  CPU busy %s cores on average (whole process), GC %.1f s%n", cores, gcSeconds);
        out.flush();
        return tokens / seconds;
    }

    /** CoreNLP's stock pipeline over the first files of the batch, up to {@code maxTokens}; tokens/s. */
    public double stock(List<String> texts, int maxTokens) {
        long t0 = System.nanoTime();
        StockItalianPipeline stock = StockItalianPipeline.load();
        out.printf("stock CoreNLP pipeline loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        long tokens = 0;
        int docs = 0;
        long start = System.nanoTime();
        for (String text : texts) {
            if (tokens >= maxTokens) {
                break;
            }
            tokens += stock.annotate(text);
            docs++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("stock cdc_tokenize,pos,ner: %d documents, %d tokens in %.1f s: %.0f tokens/s%n", docs, tokens,
                seconds, tokens / seconds);
        out.flush();
        return tokens / seconds;
    }

    private String serialise(ProcessedDocument p) {
        try {
            StringBuilder b = new StringBuilder(json.writeValueAsString(mapper.documentRecord(p)));
            for (var e : mapper.eventRecords(p)) {
                b.append(json.writeValueAsString(e));
            }
            return b.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shares(StageClock clock) {
        StringBuilder b = new StringBuilder("  time share:");
        double total = Math.max(1, clock.totalNanos());
        for (Stage s : Stage.values()) {
            b.append(String.format(" %s %.1f%%", s.name().toLowerCase(), 100 * clock.nanos(s) / total));
        }
        return b.append('\n').toString();
    }

    /** CPU time of the whole JVM (all threads: workers, GC, JIT), or -1 where the platform does not say. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    static long peakHeapMb() {
        return peakHeapBytes() >> 20;
    }

    /** Sum of each heap pool's peak: an upper bound of the peak heap actually used at once. */
    public static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).strip();
                }
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }
}
