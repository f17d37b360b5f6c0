package org.filo.ingest;

/** A manifest.csv that cannot be used as it is; the message names the file, the line and the fault, one line per bad row. */
public final class ManifestException extends Exception {
    public ManifestException(String message) {
        super(message);
    }
}
