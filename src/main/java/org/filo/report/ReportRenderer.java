package org.filo.report;

/** The report stage: records in, one self-contained page out. */
public interface ReportRenderer {
    String render(ReportData data);
}
