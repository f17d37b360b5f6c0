package org.filo.pipeline;

import java.io.PrintStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports how a batch is going: a redrawn bar on a terminal (documents done, tokens/s, ETA), plain log
 * lines at most every few seconds otherwise (CI logs, redirected output).
 */
public final class Progress {
    private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final PrintStream terminal;
    private final int total;
    private final long startNanos = System.nanoTime();
    private long lastReport;
    private int done;
    private long tokens;

    /** @param terminal where to draw the bar, or null to log lines instead */
    public Progress(PrintStream terminal, int total) {
        this.terminal = terminal;
        this.total = total;
    }

    public static Progress forConsole(int total) {
        return new Progress(System.console() != null ? System.err : null, total);
    }

    public void documentDone(int documentTokens) {
        done++;
        tokens += documentTokens;
        long now = System.nanoTime();
        if (terminal != null) {
            terminal.print("\r" + line(now));
            terminal.flush();
        } else if (now - lastReport >= LOG_EVERY_NANOS || done == total) {
            LOG.info(line(now));
            lastReport = now;
        }
    }

    public void finish() {
        if (terminal != null && done > 0) {
            terminal.println();
        }
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        long eta = done == 0 ? 0 : Math.round(seconds / done * (total - done));
        return String.format("[%s] %d/%d documents, %.0f tokens/s, ETA %s", bar, done, total, tokens / seconds,
                Duration.ofSeconds(eta).toString().substring(2).toLowerCase());
    }
}
