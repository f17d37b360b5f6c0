package org.filo.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.filo.ingest.SourceFile;
import org.filo.model.ProcessedDocument;
import org.filo.model.Status;
import org.filo.output.OutputStore;
import org.filo.output.RecordMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a batch: skips files whose records are already in the output with the same content hash, processes
 * the rest on N threads, and writes records in input order (so output does not depend on thread timing).
 * Each document gets a time limit: its thread is interrupted when the limit runs out, and a document that
 * ignores the interrupt is recorded as TIMEOUT and left behind so the batch goes on.
 */
public final class BatchRunner {
    private static final Logger LOG = LoggerFactory.getLogger(BatchRunner.class);
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final int MAX_IN_FLIGHT = 64;
    private static final long MAX_IN_FLIGHT_BYTES = 4L << 20;

    private final DocumentProcessor pipeline;
    private final RecordMapper mapper;
    private final int threads;
    private final Duration timeLimit;

    public BatchRunner(DocumentProcessor pipeline, RecordMapper mapper, int threads, Duration timeLimit) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.threads = threads;
        this.timeLimit = timeLimit;
    }

    public BatchSummary run(List<SourceFile> files, OutputStore store) throws IOException {
        return run(files, store, false);
    }

    /** @param force process every file, even those whose records are up to date */
    public BatchSummary run(List<SourceFile> files, OutputStore store, boolean force) throws IOException {
        long t0 = System.nanoTime();
        List<SourceFile> todo = new ArrayList<>();
        for (SourceFile f : files) {
            if (force || !upToDate(mapper.pipeline(), f, store.recorded(f.docId()))) {
                todo.add(f);
            }
        }
        int unchanged = files.size() - todo.size();
        if (unchanged > 0) {
            LOG.info("{} of {} files are unchanged, and so is the pipeline, since the last run: skipped", unchanged,
                    files.size());
        }
        Progress progress = Progress.forConsole(todo.size()); // skipped files are no work: the ETA counts the rest
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        long tokens = 0;
        ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("filo-worker"));
        ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(daemon("filo-alarm"));
        try {
            Deque<InFlight> window = new ArrayDeque<>();
            long bytesInFlight = 0;
            for (SourceFile file : todo) {
                while (!window.isEmpty() && full(window.size(), bytesInFlight)) {
                    InFlight first = window.removeFirst();
                    bytesInFlight -= first.bytes();
                    tokens += write(first, store, statuses, progress);
                }
                long bytes = sizeOrZero(file);
                bytesInFlight += bytes;
                window.addLast(new InFlight(file, bytes, workers.submit(() -> processWithAlarm(file, alarms))));
            }
            while (!window.isEmpty()) {
                tokens += write(window.removeFirst(), store, statuses, progress);
            }
        } finally {
            workers.shutdownNow();
            alarms.shutdownNow();
            progress.finish();
        }
        return new BatchSummary(statuses, unchanged, tokens, System.nanoTime() - t0);
    }

    /**
     * A record is up to date when it was made by this pipeline with these options from the same bytes, given
     * by the same path, with the publication date the manifest now gives (or none from a manifest, if it
     * gives none). The hash is last: it reads the file.
     */
    public static boolean upToDate(String pipeline, SourceFile f, OutputStore.Recorded recorded) {
        if (recorded == null || !pipeline.equals(recorded.pipeline())
                || !Objects.equals(f.source(), recorded.source())) {
            return false;
        }
        boolean fromManifest = "manifest".equals(recorded.dctSource());
        if (f.manifestDate() != null
                ? !fromManifest || !f.manifestDate().toString().equals(recorded.dctValue()) : fromManifest) {
            return false;
        }
        String now = FileHash.sha256OrNull(f.path()); // null: unreadable now, so its record says nothing of it
        return now != null && now.equals(recorded.sha256());
    }

    /**
     * Records are written in input order, so one long document at the head of the window holds the writer;
     * the other workers go on with the documents behind it, as many as the byte budget allows (their
     * results wait in memory), and never fewer than two per thread.
     */
    private boolean full(int documents, long bytes) {
        return documents >= MAX_IN_FLIGHT || documents >= threads * 2 && bytes >= MAX_IN_FLIGHT_BYTES;
    }

    private static long sizeOrZero(SourceFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException | RuntimeException e) {
            return 0; // the pipeline reports the unreadable file; here it only weighs nothing
        }
    }

    private record InFlight(SourceFile file, long bytes, Future<ProcessedDocument> result) {
    }

    private ProcessedDocument processWithAlarm(SourceFile file, ScheduledExecutorService alarms) {
        Thread worker = Thread.currentThread();
        ScheduledFuture<?> alarm = alarms.schedule(worker::interrupt, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return pipeline.process(file);
        } finally {
            alarm.cancel(false);
            Thread.interrupted(); // an alarm that fired must not leak into the next document
        }
    }

    private long write(InFlight job, OutputStore store, Map<Status, Integer> statuses, Progress progress)
            throws IOException {
        SourceFile file = job.file();
        ProcessedDocument done = await(job.result(), file);
        List<ObjectNode> events = mapper.eventRecords(done);
        store.write(mapper.documentRecord(done), events);
        statuses.merge(done.status(), 1, Integer::sum);
        if (done.status() != Status.OK) {
            LOG.warn("{}: {} — {}", file.source(), done.status(), done.error());
        }
        int tokens = done.analysis().tokens().size();
        progress.documentDone(tokens);
        return tokens;
    }

    private ProcessedDocument await(Future<ProcessedDocument> future, SourceFile file) {
        try {
            return future.get(timeLimit.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("{} ignored its time limit; its thread is abandoned", file.source());
            return ProcessedDocument.failed(Failures.identityOnly(file), Status.TIMEOUT,
                    "Processing did not finish within the time limit for one document (" + timeLimit.toSeconds()
                            + " s).");
        } catch (ExecutionException e) {
            return ProcessedDocument.failed(Failures.identityOnly(file), Status.FAILED,
                    Failures.sentence("processing failed", e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
