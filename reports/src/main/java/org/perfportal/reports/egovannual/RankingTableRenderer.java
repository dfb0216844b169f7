package org.perfportal.reports.egovannual;

import java.io.OutputStream;
import java.util.Map;
import net.sf.jasperreports.engine.JasperReport;
import org.perfportal.reports.DocumentHeader;
import org.perfportal.reports.JasperDocuments;
import org.perfportal.reports.RecordDataSource;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * Renders Pingliang's annual ranking table (年度电子政务工作考核排名表) to PDF or XLSX: one group per
 * indicator set (县区, 市直部门), a row per unit with 名次, 单位名称, 基本分, 加分, 总分. The template is
 * compiled at build time and loaded once; one renderer is thread-safe and shared. Times print in
 * Asia/Shanghai whatever the server's zone.
 */
public final class RankingTableRenderer {

    /** Class-path location of the compiled template. */
    static final String TEMPLATE = "/org/perfportal/reports/egovannual/EgovAnnualRankingTable.jasper";

    private final JasperReport template = JasperDocuments.loadCompiledTemplate(TEMPLATE);

    /**
     * Fills the table and writes it in the requested format.
     *
     * @param table  the ranking of one year
     * @param format PDF or XLSX
     * @param out    the destination; not closed
     */
    public void render(RankingTableData table, ReportFormat format, OutputStream out) {
        DocumentHeader header = new DocumentHeader(table.tenantName(), table.year() + "年度", table.schemeVersion(),
                table.generatedAt(), table.draft());
        JasperDocuments.render(template, Map.of("table", table), header,
                new RecordDataSource<>(RankingRow.class, table.rows()), format, "年度考核排名表", out, RenderProgress.NONE);
    }
}
