package org.filo.report;

import org.filo.eval.EvalReport;

/** What one report shows: an output folder and, with {@code --gold}, its evaluation (else null). */
public record ReportData(ReportInput input, EvalReport eval) {
}
