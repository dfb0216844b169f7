package org.perfportal.reports.satisfaction;

import java.io.OutputStream;
import java.util.Map;

import net.sf.jasperreports.engine.JasperReport;

import org.perfportal.reports.JasperDocuments;
import org.perfportal.reports.RecordDataSource;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * Renders the O&amp;M satisfaction form (政务信息系统运维满意度评价表, 附件4.1), blank or filled, to PDF
 * or XLSX. Thread-safe; load once and share.
 */
public final class SatisfactionFormRenderer {

    /** Title of the document, also the XLSX sheet name. */
    public static final String TITLE = "运维满意度评价表";

    static final String TEMPLATE = "/org/perfportal/reports/satisfaction/SatisfactionForm.jasper";

    private final JasperReport template = JasperDocuments.loadCompiledTemplate(TEMPLATE);

    /**
     * @param form   the blank or filled form
     * @param format PDF or XLSX
     * @param out    the destination; not closed
     */
    public void render(SatisfactionFormData form, ReportFormat format, OutputStream out) {
        JasperDocuments.render(template, Map.of("form", form), form.header(),
                new RecordDataSource<>(SatisfactionItem.class, form.items()), format, TITLE, out, RenderProgress.NONE);
    }
}
