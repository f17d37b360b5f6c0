package org.filo.report;

/** One documents.jsonl line as the report shows it: no text, only what the overview and evidence need. */
public record ReportDocument(String docId, String source, String url, String title, String dct, String dctSource,
                             String status, String error, String pipeline, int tokens) {
}
