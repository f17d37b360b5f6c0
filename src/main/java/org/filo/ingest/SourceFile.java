package org.filo.ingest;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One input file of a batch: where it is, its stable id (path relative to the batch folder, without
 * extension), the path as given for the record's {@code source}, and what a manifest says of it (or nulls):
 * its publication date, title and URL.
 */
public record SourceFile(Path path, String docId, String source, LocalDate manifestDate, String manifestTitle,
                         String manifestUrl) {
}
