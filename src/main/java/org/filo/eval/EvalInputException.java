package org.filo.eval;

/** A gold or output file is missing, unreadable or malformed; the message names the file (and line). */
public final class EvalInputException extends RuntimeException {
    public EvalInputException(String message) {
        super(message);
    }

    public EvalInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
