package org.filo.report;

/** The folder to report on cannot be read at all (absent, not a folder): the command exits 3. */
public final class ReportInputException extends RuntimeException {
    public ReportInputException(String message) {
        super(message);
    }
}
