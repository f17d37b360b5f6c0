package org.filo.pipeline;

import org.filo.ingest.SourceFile;
import org.filo.model.ProcessedDocument;

/** What the batch runner asks of a pipeline: one file in, its outcome out (bad input is an outcome, not a throw). */
@FunctionalInterface
public interface DocumentProcessor {
    ProcessedDocument process(SourceFile file);
}
