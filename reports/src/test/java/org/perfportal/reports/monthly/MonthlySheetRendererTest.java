package org.perfportal.reports.monthly;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.reports.PdfAssertions.assertContainsAll;

import java.io.ByteArrayOutputStream;

import org.junit.jupiter.api.Test;
import org.perfportal.reports.PdfAssertions;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/** Renders the golden July sheets ({@link GoldenMonthlySheets}) and reads them back. */
class MonthlySheetRendererTest {

    private static final MonthlySheetRenderer RENDERER = new MonthlySheetRenderer();

    @Test
    void pdfShowsEachUnitsRowsTracedLinesAndTheVendorsResult() {
        String text = PdfAssertions.embeddedNotoText(render(false, ReportFormat.PDF));
        assertContainsAll(text, "政务信息系统一体化运维月度考核表（附件4.2）", "中移建设有限公司", "使用单位：漯河市人民政府办公室",
                "使用单位：漯河市公安局", "使用单位：漯河市医疗保障局", "考核项目", "考核内容", "分值", "实际得分",
                "满意度评价", "上门回访", "日常巡检", "数据备份", "漏洞扫描", "异常处置时效", "运维资料归档",
                "ANOMALY-FAULT", "附件4.2 异常处置", "线路租赁和购买服务", "-10.00", "fault-12", "vuln-7", "89.00", "98.80", "95.00",
                "单位平均得分", "94.27", "有责投诉", "-5.00 分", "服务商月度得分", "89.27", "良好", "¥968,750.00",
                "5%", "¥48,437.50", "驻场人员未到岗", "¥20,000.00", "¥68,437.50", "陆万捌仟肆佰叁拾柒元伍角整",
                "漯河市政务大数据中心", "luohe-2026", "2026-08-15 16:00");
        assertFalse(text.contains("草稿"));
    }

    @Test
    void aDraftSaysSo() {
        assertTrue(PdfAssertions.embeddedNotoText(render(true, ReportFormat.PDF)).contains("草稿"));
    }

    @Test
    void xlsxKeepsScoresAsNumbers() {
        byte[] xlsx = render(false, ReportFormat.XLSX);
        assertTrue(PdfAssertions.hasNumericCell(xlsx, "98.80"), "unit score");
        assertTrue(PdfAssertions.hasNumericCell(xlsx, "89.27"), "vendor score");
        assertTrue(PdfAssertions.xlsxCells(xlsx).contains("良好"));
    }

    private static byte[] render(boolean draft, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(GoldenMonthlySheets.heading(draft), GoldenMonthlySheets.julyUnits().iterator(), 3, format, out,
                RenderProgress.NONE);
        return out.toByteArray();
    }
}
