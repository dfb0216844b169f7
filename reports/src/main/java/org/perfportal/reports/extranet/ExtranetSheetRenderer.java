package org.perfportal.reports.extranet;

import java.io.OutputStream;
import java.util.Map;

import net.sf.jasperreports.engine.JasperReport;

import org.perfportal.reports.JasperDocuments;
import org.perfportal.reports.RecordDataSource;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * Renders the half-year extranet assessment table (电子政务外网支撑保障服务考核表（半年考核）) to PDF or
 * XLSX. Thread-safe; load once and share.
 */
public final class ExtranetSheetRenderer {

    /** Title of the document, also the XLSX sheet name. */
    public static final String TITLE = "电子政务外网支撑保障服务考核表（半年考核）";

    static final String TEMPLATE = "/org/perfportal/reports/extranet/ExtranetHalfYearSheet.jasper";

    private final JasperReport template = JasperDocuments.loadCompiledTemplate(TEMPLATE);

    /**
     * @param sheet    the figures of one half-year result
     * @param format   PDF or XLSX
     * @param out      the destination; not closed
     * @param progress told of rows filled and pages exported
     */
    public void render(ExtranetSheetData sheet, ReportFormat format, OutputStream out, RenderProgress progress) {
        JasperDocuments.render(template, Map.of("sheet", sheet), sheet.header(),
                new RecordDataSource<>(ExtranetSheetRow.class, sheet.rows().iterator(), sheet.rows().size(), progress),
                format, "半年考核表", out, progress);
    }
}
