package org.filo.spark;

import java.io.Serializable;
import java.util.List;

/** One document's records as extract writes them: its documents.jsonl line and its events.jsonl lines. */
public record DocRecords(String docId, String document, List<String> events) implements Serializable {
}
