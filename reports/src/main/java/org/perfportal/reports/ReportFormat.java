package org.perfportal.reports;

/**
 * Output format (导出格式) of a rendered document.
 *
 * <p>PDF is the document people sign and file; XLSX is the same content as a spreadsheet for
 * finance staff who re-key or check figures. Both come from one filled template, so they cannot
 * disagree.
 */
public enum ReportFormat {
    /** Portable Document Format with the Chinese font embedded. */
    PDF,
    /** Office Open XML spreadsheet; numbers stay numbers. */
    XLSX
}
