package org.perfportal.reports.extranet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.reports.PdfAssertions.assertContainsAll;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfportal.reports.PdfAssertions;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/** Renders the golden half-year sheet (电子政务外网支撑保障服务考核表（半年考核）) and reads it back. */
class ExtranetSheetRendererTest {

    private static final ExtranetSheetRenderer RENDERER = new ExtranetSheetRenderer();

    @Test
    void pdfShowsTheFormTheFiguresAndTheSignatureLines() {
        String text = PdfAssertions.embeddedNotoText(render(GoldenExtranetSheets.firstHalf2026(false), ReportFormat.PDF));
        assertContainsAll(text, "电子政务外网支撑保障服务考核表（半年考核）", "项目名称", "服务商", "鄂托克旗电信",
                "服务期限（合同期限）", "（合同编号 OTG-WW-2026-01）", "线路数量", "5 条", "考核时间", "2026-01-01 至 2026-06-30",
                "考核类别", "考核指标", "指标说明", "扣罚标准", "是否扣款", "甲方扣罚说明",
                "运维质量", "运维巡检报告", "不定期巡查", "800.00", "300.00", "90.00", "150.00", "暴雪",
                "总计", "1,340.00", "壹仟叁佰肆拾元整", "¥100,000.00", "¥98,660.00", "玖万捌仟陆佰陆拾元整",
                "服务商签字", "考核单位签字",
                // the header: tenant, period, scheme version, production time in Beijing time (02:30Z = 10:30 +08)
                "鄂托克旗政务服务与数据管理局", "2026年上半年（2026-H1）", "ordos-2025", "2026-07-20 10:30");
        assertFalse(text.contains("草稿"), "an approved sheet is not a draft");
    }

    @Test
    void aDraftSaysSo() {
        assertTrue(PdfAssertions.embeddedNotoText(render(GoldenExtranetSheets.firstHalf2026(true), ReportFormat.PDF))
                .contains("草稿"));
    }

    @Test
    void xlsxKeepsAmountsAsNumbers() {
        byte[] xlsx = render(GoldenExtranetSheets.firstHalf2026(false), ReportFormat.XLSX);
        assertTrue(PdfAssertions.hasNumericCell(xlsx, "1340.00"), "no numeric total 1,340.00");
        assertTrue(PdfAssertions.hasNumericCell(xlsx, "800.00"), "no numeric 800.00");
        List<String> cells = PdfAssertions.xlsxCells(xlsx);
        assertTrue(cells.stream().anyMatch(c -> c.contains("鄂托克旗政务服务与数据管理局")), "the header is in the sheet");
        assertTrue(cells.contains("不定期巡查"), cells::toString);
    }

    private static byte[] render(ExtranetSheetData sheet, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(sheet, format, out, RenderProgress.NONE);
        return out.toByteArray();
    }
}
