package org.filo.ingest;

import org.filo.model.Document;
import org.filo.model.Status;

/**
 * The outcome of reading one file. The document is always there (with empty text when nothing could be
 * read) so that the batch can write a record for it; {@code error} is set exactly when status is not OK.
 */
public record Ingested(Document document, Status status, String error) {
    public Ingested {
        if ((status == Status.OK) != (error == null)) {
            throw new IllegalArgumentException("error is set exactly when status is not OK");
        }
    }
}
