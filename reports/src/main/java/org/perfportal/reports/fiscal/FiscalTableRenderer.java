package org.perfportal.reports.fiscal;

import java.io.OutputStream;
import java.util.Map;

import net.sf.jasperreports.engine.JasperReport;

import org.perfportal.reports.DocumentHeader;
import org.perfportal.reports.JasperDocuments;
import org.perfportal.reports.RecordDataSource;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * Renders the fiscal project self-evaluation table (财政项目支出绩效自评表) of one project to
 * PDF or XLSX.
 *
 * <p>The template is compiled at build time and loaded once; one renderer is thread-safe and
 * meant to be shared (for example by an application-scoped bean). The document goes straight to
 * the caller's stream. The shared header shows the tenant, the year, the scheme version and the
 * production time in Asia/Shanghai, whatever the server's zone.
 */
public final class FiscalTableRenderer {

    /** Class-path location of the compiled template. */
    static final String TEMPLATE = "/org/perfportal/reports/fiscal/FiscalSelfEvaluationTable.jasper";

    private final JasperReport template = JasperDocuments.loadCompiledTemplate(TEMPLATE);

    /**
     * Fills the table and writes it in the requested format.
     *
     * @param table  the figures of one project and year
     * @param format PDF or XLSX
     * @param out    the destination; not closed
     */
    public void render(FiscalTableData table, ReportFormat format, OutputStream out) {
        DocumentHeader header = new DocumentHeader(table.tenantName(), table.year() + "年度", table.schemeVersion(),
                table.generatedAt(), table.draft());
        JasperDocuments.render(template, Map.of("table", table), header,
                new RecordDataSource<>(IndicatorRow.class, table.indicators()), format, "财政项目支出绩效自评表", out,
                RenderProgress.NONE);
    }
}
