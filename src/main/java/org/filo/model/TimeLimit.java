package org.filo.model;

/**
 * How a stage stops a document whose time limit ran out. The batch interrupts the document's thread at its limit;
 * a stage's long loops call {@link #check()} so that the work really stops (a thread left running would keep a
 * worker slot and the CPU). Stateless: the interrupt flag of the current thread is the only signal.
 */
public final class TimeLimit {
    private TimeLimit() {
    }

    /** Throws {@link Exceeded} when the current thread has been interrupted; the flag stays set. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Exceeded();
        }
    }

    /** Thrown out of a stage stopped at its document's time limit; the pipeline records the document TIMEOUT. */
    public static final class Exceeded extends RuntimeException {
        public Exceeded() {
            super("interrupted: the document's time limit ran out", null, false, false);
        }
    }
}
