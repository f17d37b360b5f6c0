package org.filo.ingest;

/**
 * Turns a file of any type into a document: text with exact offsets, content type, language, title,
 * DCT from the manifest or the file's metadata, and the content spans that leave page furniture out.
 */
public interface Ingester {
    Ingested ingest(SourceFile file);
}
