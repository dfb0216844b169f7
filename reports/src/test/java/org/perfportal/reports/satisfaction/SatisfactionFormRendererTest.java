package org.perfportal.reports.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.reports.PdfAssertions.assertContainsAll;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfportal.reports.PdfAssertions;
import org.perfportal.reports.ReportFormat;

/** Renders the satisfaction form (附件4.1) blank and filled, and reads the ticks back. */
class SatisfactionFormRendererTest {

    private static final SatisfactionFormRenderer RENDERER = new SatisfactionFormRenderer();

    @Test
    void theBlankFormHasEveryItemAndLevelAndNoTick() {
        String text = PdfAssertions.embeddedNotoText(render(GoldenSatisfactionForms.blank(), ReportFormat.PDF));
        assertContainsAll(text, "政务信息系统运维满意度评价表", "使用单位（盖章）", "漯河市公安局", "评价周期", "评价日期",
                "评价内容", "开展情况", "满意", "基本满意", "一般", "不满意", "运维服务对接情况", "系统正常使用情况",
                "异常响应情况", "异常解决情况", "运维公司服务态度", "是否发生运维事故", "是", "否", "不满意原因", "意见建议",
                "签字", "盖章", "漯河市政务大数据中心", "luohe-2026", "2026-08-01 08:00");
        assertFalse(text.contains("√"), "a blank form has no tick");
    }

    @Test
    void theFilledFormTicksTheChosenLevels() {
        String text = PdfAssertions.embeddedNotoText(render(GoldenSatisfactionForms.filled(), ReportFormat.PDF));
        // four 满意, one 基本满意, and 否 for the accident question
        assertEquals(6, text.chars().filter(c -> c == '√').count(), text);
        assertContainsAll(text, "2026-08-08", "7月18日故障恢复超过 2 小时", "建议故障期间每小时通报进展");
    }

    @Test
    void xlsxHasTheTicksInTheirColumns() {
        List<String> cells = PdfAssertions.xlsxCells(render(GoldenSatisfactionForms.filled(), ReportFormat.XLSX));
        assertEquals(6, cells.stream().filter("√"::equals).count(), cells::toString);
        assertTrue(cells.contains("异常解决情况"));
    }

    @Test
    void anUnknownLevelIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SatisfactionItem("异常响应情况", "", "非常满意"));
    }

    private static byte[] render(SatisfactionFormData form, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(form, format, out);
        return out.toByteArray();
    }
}
