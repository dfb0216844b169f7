package org.perfportal.reports.pingliang;

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
 * Renders Pingliang's annual ranking table (年度电子政务工作考核排名表) to PDF or XLSX: one group per
 * indicator set (县区, 市直部门), a row per unit with 名次, 单位名称, 基本分, 加分, 总分. The template is
 * compiled at build time and loaded once; one renderer is thread-safe and shared. Times print in
 * Asia/Shanghai whatever the server's zone.
 */
public final class RankingTableRenderer {

    /** Class-path location of the compiled template. */
    static final String TEMPLATE = "/org/perfportal/reports/pingliang/PingliangRankingTable.jasper";

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter PRODUCED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);

    private final JasperReport template = JasperDocuments.loadCompiledTemplate(TEMPLATE);

    /**
     * Fills the table and writes it in the requested format.
     *
     * @param table  the ranking of one year
     * @param format PDF or XLSX
     * @param out    the destination; not closed
     */
    public void render(RankingTableData table, ReportFormat format, OutputStream out) {
        // fillReport adds its own entries to the map: it must be mutable.
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("table", table);
        parameters.put("producedAt", PRODUCED_AT.format(table.generatedAt()));
        parameters.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        parameters.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(SHANGHAI));
        JasperPrint document;
        try {
            document = JasperFillManager.fillReport(template, parameters, new RecordDataSource<>(RankingRow.class, table.rows()));
        } catch (JRException e) {
            throw new ReportRenderingException("Cannot fill the " + table.year() + " ranking table", e);
        }
        JasperDocuments.export(document, format, "年度考核排名表", out);
    }
}
