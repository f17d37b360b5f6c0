package org.filo.ingest;

import org.filo.model.Status;

/** A per-document outcome other than OK, raised inside the stage and turned into data before it leaves. */
final class IngestFailure extends Exception {
    private final Status status;

    IngestFailure(Status status, String sentence) {
        super(sentence);
        this.status = status;
    }

    IngestFailure(Status status, String sentence, Throwable cause) {
        super(sentence, cause);
        this.status = status;
    }

    Status status() {
        return status;
    }
}
