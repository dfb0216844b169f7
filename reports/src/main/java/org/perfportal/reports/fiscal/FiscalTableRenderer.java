package org.perfportal.reports.fiscal;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

import org.perfportal.reports.JasperDocuments;
import org.perfportal.reports.RecordDataSource;
import org.perfportal.reports.ReportFormat;
import org.perfportal.reports.ReportRenderingException;

/**
 * Renders the fiscal project self-evaluation table (财政项目支出绩效自评表) of one project to
 * PDF or XLSX.
 *
 * <p>The template is compiled at build time and loaded once; one renderer is thread-safe and
 * meant to be shared (for example by an application-scoped bean). The document goes straight to
 * the caller's stream. Times are printed in Asia/Shanghai, the tenants' time zone, whatever the
 * server's zone.
 */
public final class FiscalTableRenderer {

    /** Class-path location of the compiled template. */
    static final String TEMPLATE = "/org/perfportal/reports/fiscal/FiscalSelfEvaluationTable.jasper";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter PRODUCED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);

    private final JasperReport template = JasperDocuments.loadCompiledTemplate(TEMPLATE);

    /**
     * Fills the table and writes it in the requested format.
     *
     * @param table  the figures of one project and year
     * @param format PDF or XLSX
     * @param out    the destination; not closed
     */
    public void render(FiscalTableData table, ReportFormat format, OutputStream out) {
        // fillReport adds its own entries to the map: it must be mutable.
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("table", table);
        parameters.put("producedAt", PRODUCED_AT.format(table.generatedAt()));
        parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(SHANGHAI));
        JasperPrint document;
        try {
            document = JasperFillManager.fillReport(template, parameters,
                    new RecordDataSource<>(IndicatorRow.class, table.indicators()));
        } catch (JRException e) {
            throw new ReportRenderingException("Cannot fill the self-evaluation table of " + table.projectName(), e);
        }
        JasperDocuments.export(document, format, "财政项目支出绩效自评表", out);
    }
}
