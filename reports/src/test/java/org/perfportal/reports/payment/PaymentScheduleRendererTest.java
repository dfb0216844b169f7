package org.perfportal.reports.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.reports.PdfAssertions.assertContainsAll;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfportal.reports.PdfAssertions;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/** Renders the golden payment schedule (付款计划及结算表, {@link GoldenPaymentSchedules}) and reads it back. */
class PaymentScheduleRendererTest {

    private static final PaymentScheduleRenderer RENDERER = new PaymentScheduleRenderer();

    @Test
    void pdfShowsEveryAmountInFiguresAndCapitals() {
        String text = PdfAssertions.embeddedNotoText(render(GoldenPaymentSchedules.luoheB(false), ReportFormat.PDF,
                RenderProgress.NONE));
        assertContainsAll(text, "付款计划及结算表", "中移建设有限公司", "¥11,625,000.00", "壹仟壹佰陆拾贰万伍仟元整",
                "¥968,750.00", "玖拾陆万捌仟柒佰伍拾元整", "第1期", "¥2,906,250.00", "贰佰玖拾万陆仟贰佰伍拾元整",
                "2,906,250.00", "考核等级", "扣减比例", "优秀", "良好", "一般", "5%", "20%", "48,437.50", "193,750.00",
                "20,000.00", "驻场人员未到位", "213,750.00", "2,644,062.50", "贰佰陆拾肆万肆仟零陆拾贰元伍角整",
                "逾期付款违约金", "¥58,125.00", "伍万捌仟壹佰贰拾伍元整", "集中复核调整", "迁移上云", "−¥30,000.00",
                "+¥5,000.00", "2,881,250.00", "贰佰捌拾捌万壹仟贰佰伍拾元整", "应付合计", "11,337,812.50",
                "壹仟壹佰叁拾叁万柒仟捌佰壹拾贰元伍角整", "付款期限", "漯河市政务大数据中心", "luohe-2026",
                "2027-06-20 09:00");
        assertFalse(text.contains("草稿"));
    }

    @Test
    void aDraftSaysSo() {
        assertTrue(PdfAssertions.embeddedNotoText(render(GoldenPaymentSchedules.luoheB(true), ReportFormat.PDF,
                RenderProgress.NONE)).contains("草稿"));
    }

    @Test
    void xlsxKeepsTheAmountsAsNumbers() {
        byte[] xlsx = render(GoldenPaymentSchedules.luoheB(false), ReportFormat.XLSX, RenderProgress.NONE);
        for (String amount : List.of("2644062.50", "48437.50", "213750.00", "11337812.50")) {
            assertTrue(PdfAssertions.hasNumericCell(xlsx, amount), "no numeric cell " + amount);
        }
        assertTrue(PdfAssertions.xlsxCells(xlsx).stream().anyMatch(c -> c.contains("贰佰玖拾万陆仟贰佰伍拾元整")));
    }

    /** A month without a result in force prints 未考核 with its figures blank: never "null", never a score of 0. */
    @Test
    void aMonthNotYetAssessedPrintsBlankFigures() {
        PaymentScheduleData golden = GoldenPaymentSchedules.luoheB(true);
        InstallmentLine first = golden.installments().get(0);
        InstallmentLine pending = new InstallmentLine(1, first.coveredPeriod(), first.amount(), first.amountInCapitals(),
                List.of(first.months().get(0), MonthLine.notAssessed("2026-07-10 至 2026-08-09", "尚无生效的考核结果"),
                        MonthLine.notAssessed("2026-08-10 至 2026-09-09", "尚无生效的考核结果")),
                List.of(), first.netPayable(), first.netPayableInCapitals(), "待定", null, null, null);
        PaymentScheduleData schedule = new PaymentScheduleData(golden.header(), golden.contractName(), golden.vendorName(),
                golden.servicePeriod(), golden.contractTotal(), golden.contractTotalInCapitals(), golden.monthlyFee(),
                golden.monthlyFeeInCapitals(), List.of(pending), first.netPayable(), first.netPayableInCapitals(),
                golden.terms());
        String text = PdfAssertions.embeddedNotoText(render(schedule, ReportFormat.PDF, RenderProgress.NONE));
        assertContainsAll(text, "2026-07-10 至 2026-08-09", "未考核", "尚无生效的考核结果", "95.00");
        assertFalse(text.contains("null"), text);
    }

    @Test
    void progressCountsTheTwelveMonthsAndEveryPage() {
        List<String> events = new ArrayList<>();
        render(GoldenPaymentSchedules.luoheB(false), ReportFormat.PDF, new RenderProgress() {
            @Override
            public void rowsFilled(long done, long total) {
                events.add("rows " + done + "/" + total);
            }

            @Override
            public void pagesExported(int done, int total) {
                events.add("pages " + done + "/" + total);
            }
        });
        assertEquals("rows 12/12", events.get(0), events::toString);
        String last = events.get(events.size() - 1);
        assertTrue(last.startsWith("pages ") && last.split(" ")[1].split("/")[0].equals(last.split("/")[1]), events::toString);
    }

    private static byte[] render(PaymentScheduleData schedule, ReportFormat format, RenderProgress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(schedule, format, out, progress);
        return out.toByteArray();
    }
}
