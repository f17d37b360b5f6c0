package org.filo.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;
import org.filo.model.Status;

/**
 * Says how a batch is going, on stderr: plain lines starting "filo:" (a redrawn line on a terminal), nothing but
 * errors with {@link Mode#QUIET}, or one JSON object per line with {@link Mode#JSON} for pipelines. The ETA is the
 * longer of two reckonings, by bytes (one live blog outweighs a hundred briefs) and by documents (a page of markup
 * has many bytes and few words: on news-it bytes alone said 15 s when 110 s were left), each at the rate of the
 * latest half of the run (the first documents pay for the JIT: on 5,000 tiny files the whole-run rate said 6 min
 * when 95 s were left); it is given once a twentieth of the bytes and of the documents is done.
 */
public final class Progress {
    public enum Mode { PLAIN, QUIET, JSON }

    private static final long LINE_EVERY_NANOS = Duration.ofSeconds(10).toNanos();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MIN_WINDOW_NANOS = Duration.ofSeconds(10).toNanos();

    private final PrintStream err;
    private final Mode mode;
    private final boolean terminal;
    private final int total;
    private final long totalBytes;
    private final LongSupplier clock;
    private final long startNanos;
    private long lastLine;
    private int done;
    private long bytes;
    private long tokens;
    private boolean redrawn;
    private final ArrayDeque<long[]> samples = new ArrayDeque<>(); // {nanos, bytes, documents done} at each document

    /** @param terminal redraw one line in place instead of writing a line every ten seconds */
    Progress(PrintStream err, Mode mode, boolean terminal, int total, long totalBytes, LongSupplier clock) {
        this.err = err;
        this.mode = mode;
        this.terminal = terminal;
        this.total = total;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastLine = startNanos;
        samples.add(new long[] {startNanos, 0, 0});
    }

    public static Progress forConsole(Mode mode, int total, long totalBytes) {
        return new Progress(System.err, mode, System.console() != null, total, totalBytes, System::nanoTime);
    }

    /** A sentence about the run (files skipped, a worker replaced); JSON: {"type":"note","message":…}. */
    public void note(String message) {
        if (mode == Mode.JSON) {
            print(JSON.createObjectNode().put("type", "note").put("message", message));
        } else if (mode == Mode.PLAIN) {
            clearLine();
            err.println("filo: " + message);
        }
    }

    /** One document written; a document that is not OK gets its own line, also when quiet (it is an outcome). */
    public void documentDone(String source, long documentBytes, int documentTokens, Status status, String error) {
        done++;
        bytes += documentBytes;
        tokens += documentTokens;
        long now = clock.getAsLong();
        samples.add(new long[] {now, bytes, done});
        long window = Math.max(MIN_WINDOW_NANOS, (now - startNanos) / 2);
        while (samples.size() > 2 && samples.peekFirst()[0] < now - window) {
            samples.removeFirst();
        }
        if (mode == Mode.JSON) {
            ObjectNode o = JSON.createObjectNode().put("type", "document").put("source", source)
                    .put("status", status.name()).put("error", error).put("done", done).put("total", total)
                    .put("tokens", tokens).put("elapsed_s", round((now - startNanos) / 1e9));
            Long eta = etaSeconds(now);
            if (eta != null) {
                o.put("eta_s", eta);
            } else {
                o.putNull("eta_s");
            }
            print(o);
            return;
        }
        if (status != Status.OK) {
            clearLine();
            err.println("filo: " + source + ": " + status + " — " + error);
        }
        if (mode == Mode.QUIET) {
            return;
        }
        if (terminal) {
            err.print("\r" + line(now));
            err.flush();
            redrawn = true;
        } else if (now - lastLine >= LINE_EVERY_NANOS || done == total) {
            err.println("filo: " + line(now));
            lastLine = now;
        }
    }

    public void finish() {
        clearLine();
    }

    private void clearLine() {
        if (redrawn) {
            err.println();
            redrawn = false;
        }
    }

    private void print(ObjectNode o) {
        err.println(o.toString());
        err.flush();
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        Long eta = etaSeconds(now);
        String left = done == total ? "done" : eta == null ? "estimating time left" : "about " + human(eta) + " left";
        return String.format("%d/%d documents (%d%%), %,.0f tokens/s, %s", done, total,
                total == 0 ? 100 : 100L * done / total, tokens / seconds, left);
    }

    /** Seconds left at the recent rate, the longer of by bytes and by documents; null while too little is done. */
    Long etaSeconds(long now) {
        if (done == total) {
            return 0L;
        }
        if (totalBytes <= 0 || bytes * 20 < totalBytes || done * 20L < total) {
            return null;
        }
        long[] from = samples.peekFirst();
        double seconds = (now - from[0]) / 1e9;
        long recentBytes = bytes - from[1];
        long recentDocuments = done - from[2];
        if (recentBytes <= 0 || recentDocuments <= 0) {
            return null;
        }
        return Math.round(Math.max(seconds * (totalBytes - bytes) / recentBytes,
                seconds * (total - done) / recentDocuments));
    }

    private static String human(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        return seconds < 3600 ? Math.round(seconds / 60.0) + " min"
                : String.format("%.1f h", seconds / 3600.0);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
