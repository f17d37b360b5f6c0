package org.filo.report;

import java.util.List;
import java.util.Map;

/**
 * An extract output folder as the report reads it. {@code runDate}: when documents.jsonl was last written
 * (null when absent); {@code texts}: the full text of the documents asked for (those the evaluation lists);
 * {@code warnings}: what was missing or unreadable, shown in the page.
 */
public record ReportInput(String folder, String runDate, List<ReportDocument> documents, List<ReportEvent> events,
                          Map<String, String> texts, List<String> warnings) {
    public ReportInput {
        documents = List.copyOf(documents);
        events = List.copyOf(events);
        texts = Map.copyOf(texts);
        warnings = List.copyOf(warnings);
    }
}
