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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.filo.ingest.SourceFile;
import org.filo.model.ProcessedDocument;
import org.filo.model.Status;
import org.filo.output.OutputStore;
import org.filo.output.RecordMapper;

/**
 * Runs a batch: skips files whose records are already in the output with the same content hash, processes
 * the rest on N threads, and writes records in input order (so output does not depend on thread timing).
 * Each document gets a time limit on its own work (from the moment a worker takes it, not while it waits in the
 * queue): its thread is interrupted when the limit runs out, the stages stop at their next check and the document
 * is TIMEOUT. A document that ignores the interrupt for a grace period more is recorded TIMEOUT too and its thread
 * abandoned; a replacement worker takes its slot so the documents behind it still run.
 */
public final class BatchRunner {
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final int MAX_IN_FLIGHT = 64;
    private static final long MAX_IN_FLIGHT_BYTES = 4L << 20;

    private final DocumentProcessor pipeline;
    private final RecordMapper mapper;
    private final int threads;
    private final Duration timeLimit;
    private final Duration grace;
    private final Progress.Mode progressMode;

    public BatchRunner(DocumentProcessor pipeline, RecordMapper mapper, int threads, Duration timeLimit) {
        this(pipeline, mapper, threads, timeLimit, Progress.Mode.PLAIN);
    }

    public BatchRunner(DocumentProcessor pipeline, RecordMapper mapper, int threads, Duration timeLimit,
                       Progress.Mode progressMode) {
        this(pipeline, mapper, threads, timeLimit, GRACE, progressMode);
    }

    /** @param grace how long past its limit a document that ignores the interrupt is waited for */
    BatchRunner(DocumentProcessor pipeline, RecordMapper mapper, int threads, Duration timeLimit, Duration grace,
                Progress.Mode progressMode) {
        this.pipeline = pipeline;
        this.mapper = mapper;
        this.threads = threads;
        this.timeLimit = timeLimit;
        this.grace = grace;
        this.progressMode = progressMode;
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
        // skipped files are no work: the ETA counts the bytes of the rest
        Progress progress = Progress.forConsole(progressMode, todo.size(),
                todo.stream().mapToLong(BatchRunner::sizeOrZero).sum());
        if (unchanged > 0) {
            progress.note(unchanged + " of " + files.size() + " files are unchanged, and so is the pipeline, since the"
                    + " last run: skipped");
        }
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        RunTally tally = new RunTally();
        long tokens = 0;
        ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), daemon("filo-worker"));
        ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor(daemon("filo-alarm"));
        try {
            Deque<InFlight> window = new ArrayDeque<>();
            long bytesInFlight = 0;
            for (SourceFile file : todo) {
                while (!window.isEmpty() && full(window.size(), bytesInFlight)) {
                    InFlight first = window.removeFirst();
                    bytesInFlight -= first.bytes();
                    tokens += write(first, store, statuses, tally, progress, workers);
                }
                long bytes = sizeOrZero(file);
                bytesInFlight += bytes;
                Job job = new Job();
                job.result = workers.submit(() -> processWithAlarm(file, job, alarms, workers));
                window.addLast(new InFlight(file, bytes, job));
            }
            while (!window.isEmpty()) {
                tokens += write(window.removeFirst(), store, statuses, tally, progress, workers);
            }
        } finally {
            workers.shutdownNow();
            alarms.shutdownNow();
            progress.finish();
        }
        return new BatchSummary(statuses, unchanged, tokens, System.nanoTime() - t0, tally);
    }

    /**
     * A record is up to date when it was made by this pipeline with these options from the same bytes, given
     * by the same path, with the publication date the manifest now gives (or none from a manifest, if it
     * gives none) and the URL it now gives, if any (a record's URL may also come from the page itself, so a URL
     * removed from the manifest stays in the record until it is made again). The hash is last: it reads the file.
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
        if (f.manifestUrl() != null && !f.manifestUrl().equals(recorded.url())) {
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

    private record InFlight(SourceFile file, long bytes, Job job) {
    }

    /** One document's run: when a worker took it (its time limit counts from there), whether it was given up. */
    private static final class Job {
        final CompletableFuture<Long> started = new CompletableFuture<>();
        Future<ProcessedDocument> result;
        boolean finished; // guarded by this
        boolean abandoned; // guarded by this
    }

    private ProcessedDocument processWithAlarm(SourceFile file, Job job, ScheduledExecutorService alarms,
                                               ThreadPoolExecutor workers) {
        Thread worker = Thread.currentThread();
        AtomicBoolean fired = new AtomicBoolean();
        job.started.complete(System.nanoTime());
        ScheduledFuture<?> alarm = alarms.schedule(() -> {
            fired.set(true);
            worker.interrupt();
        }, timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        try {
            ProcessedDocument done = pipeline.process(file);
            // Stopped at the limit, a stage fails however it fails (CoreNLP, Tika, a TimeLimit check): it is TIMEOUT
            return fired.get() && done.status() != Status.OK
                    ? ProcessedDocument.failed(done.document(), Status.TIMEOUT, "Processing stopped at the time limit"
                            + " for one document (" + timeLimit.toSeconds() + " s).")
                    : done;
        } finally {
            alarm.cancel(false);
            Thread.interrupted(); // an alarm that fired must not leak into the next document
            synchronized (job) {
                job.finished = true;
                if (job.abandoned) {
                    resize(workers, -1); // its replacement now has the slot: back to N workers
                }
            }
        }
    }

    /** Grows the pool by one worker for an abandoned thread, or shrinks it back once that thread ends. */
    private static void resize(ThreadPoolExecutor pool, int by) {
        synchronized (pool) {
            if (by > 0) { // the maximum is never below the core size
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
                pool.setCorePoolSize(pool.getCorePoolSize() + by);
            } else {
                pool.setCorePoolSize(pool.getCorePoolSize() + by);
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + by);
            }
        }
    }

    private long write(InFlight job, OutputStore store, Map<Status, Integer> statuses, RunTally tally,
                       Progress progress, ThreadPoolExecutor workers) throws IOException {
        SourceFile file = job.file();
        ProcessedDocument done = await(job.job(), file, workers, progress);
        List<ObjectNode> events = mapper.eventRecords(done);
        store.write(mapper.documentRecord(done), events);
        statuses.merge(done.status(), 1, Integer::sum);
        tally.add(done);
        int tokens = done.analysis().tokens().size();
        progress.documentDone(file.source(), job.bytes(), tokens, done.status(), done.error());
        return tokens;
    }

    /**
     * The document's outcome, waited for until its limit and the grace period have passed since a worker took it
     * (a worker is always free in the end: an abandoned thread gets a replacement).
     */
    private ProcessedDocument await(Job job, SourceFile file, ThreadPoolExecutor workers, Progress progress) {
        Future<ProcessedDocument> future = job.result;
        try {
            long started = job.started.get();
            long left = started + timeLimit.plus(grace).toNanos() - System.nanoTime();
            return future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            synchronized (job) {
                if (!job.finished) {
                    job.abandoned = true;
                    resize(workers, 1);
                }
            }
            progress.note(file.source() + " ignored its time limit; its thread is abandoned and a new worker takes"
                    + " its place");
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
