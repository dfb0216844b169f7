package org.perfportal.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfportal.calendar.BusinessCalendar;

/**
 * The Luohe payment schedule (付款计划) with figures derived by hand from the B 包 contract: total
 * 11,625,000.00, monthly fee 11,625,000.00 ÷ 12 = 968,750.00, installment 25% = 2,906,250.00
 * (four installments from 2026-06-10), grade deductions of 附件3 七, 30 working days by the 2026
 * official calendar, 1% per 5 days late capped at 20% of the total (合同 违约责任 1).
 */
class PaymentScheduleTest {

    private static final BigDecimal TOTAL = new BigDecimal("11625000.00");
    private static final BigDecimal FEE = new BigDecimal("968750.00");
    private static final PaymentTerms TERMS = new PaymentTerms(4, 12, 5, new BigDecimal("0.01"), new BigDecimal("0.20"));
    private static final BusinessCalendar CALENDAR = BusinessCalendar.chinaOfficial();
    private static final List<Installment> B_PACKAGE = new InstallmentPlan(TERMS).installments(TOTAL, LocalDate.of(2026, 6, 10));

    private final PaymentSchedule schedule = new PaymentSchedule(TERMS, CALENDAR, 30);

    @Test
    void theFirstInstallmentDeductsItsThreeMonthsAndFallsDueThirtyWorkingDaysAfterTheAssessment() {
        Map<YearMonth, ScheduledMonth> months = new HashMap<>();
        // June: 良好 5% → 968,750.00 × 0.05 = 48,437.50
        months.put(YearMonth.of(2026, 6), month(2026, 6, "85.50", "GOOD", "0.05", "48437.50", "0.00", "48437.50", "2026-07-20"));
        // July: 优秀 0%
        months.put(YearMonth.of(2026, 7), month(2026, 7, "92.00", "EXCELLENT", "0.00", "0.00", "0.00", "0.00", "2026-08-17"));
        // August: 一般 20% → 193,750.00, plus a 驻场人员 penalty 20,000.00 → 213,750.00
        months.put(YearMonth.of(2026, 8), month(2026, 8, "75.00", "FAIR", "0.20", "193750.00", "20000.00", "213750.00", "2026-09-15"));

        ScheduledInstallment first = schedule.schedule(TOTAL, B_PACKAGE, months, List.of(),
                Map.of(1, new InstallmentDates(null, LocalDate.of(2026, 11, 13)))).get(0);

        assertEquals(new Amount(new BigDecimal("2906250.00"), "贰佰玖拾万陆仟贰佰伍拾元整"), first.amount());
        assertEquals(List.of(YearMonth.of(2026, 6), YearMonth.of(2026, 7), YearMonth.of(2026, 8)),
                first.months().stream().map(ScheduledInstallment.Month::month).toList());
        assertEquals(LocalDate.of(2026, 9, 9), first.months().get(2).lastDay());
        assertEquals(new Amount(new BigDecimal("48437.50"), "肆万捌仟肆佰叁拾柒元伍角整"), first.months().get(0).moneyDeducted());
        // Σ deductions 48,437.50 + 0.00 + 213,750.00 = 262,187.50; net 2,906,250.00 − 262,187.50 = 2,644,062.50
        assertEquals(new BigDecimal("262187.50"), first.deducted().value());
        assertEquals(new Amount(new BigDecimal("2644062.50"), "贰佰陆拾肆万肆仟零陆拾贰元伍角整"), first.netPayable());
        assertFalse(first.provisional());
        // Assessment date = August's approval 2026-09-15 (Tue). 30 working days after it, the day itself excluded:
        // 09-16..18 (3), 09-20 Sun make-up (4), 09-21..24 (8), 09-25..27 中秋 off, 09-28..30 (11),
        // 10-01..07 国庆 off, 10-08, 10-09 (13), 10-10 Sat make-up (14), 10-12..16 (19), 10-19..23 (24),
        // 10-26..30 (29), 11-02 Mon (30) → due 2026-11-02.
        assertEquals(LocalDate.of(2026, 9, 15), first.assessmentDate());
        assertEquals(LocalDate.of(2026, 11, 2), first.dueOn());
        assertTrue(first.notes().stream().anyMatch(n -> n.startsWith("未录入发票日期")), first.notes()::toString);
        // Paid 11-13: 11 days late → 2 full steps of 5 days → 2 × 1% × 2,906,250.00 = 58,125.00
        assertEquals(11, first.daysLate());
        assertEquals(new Amount(new BigDecimal("58125.00"), "伍万捌仟壹佰贰拾伍元整"), first.latePenalty());
    }

    @Test
    void aLaterInvoiceStartsTheCount() {
        Map<YearMonth, ScheduledMonth> months = excellentQuarter(2026, 6, "2026-09-15");
        // Invoice 09-30 is after the assessment (09-15): from 09-15 the count reached 11 on 09-30 and 30 on 11-02,
        // so 30 working days after 09-30 is the 41st after 09-15: 11-03..06 (34), 11-09..13 (39), 11-16 (40), 11-17 (41).
        ScheduledInstallment first = schedule.schedule(TOTAL, B_PACKAGE, months, List.of(),
                Map.of(1, new InstallmentDates(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 17)))).get(0);
        assertEquals(LocalDate.of(2026, 11, 17), first.dueOn());
        // Paid on the due date: 0 days late, no penalty.
        assertEquals(0, first.daysLate());
        assertEquals(new Amount(new BigDecimal("0.00"), "零元整"), first.latePenalty());
        assertEquals(new BigDecimal("2906250.00"), first.netPayable().value());
    }

    @Test
    void monthsNotYetAssessedAreShownAsSuchAndLeaveNoDueDate() {
        Map<YearMonth, ScheduledMonth> months = new HashMap<>();
        months.put(YearMonth.of(2026, 9), month(2026, 9, "85.00", "GOOD", "0.05", "48437.50", "0.00", "48437.50", "2026-10-20"));
        ScheduledInstallment second = schedule.schedule(TOTAL, B_PACKAGE, months, List.of(), Map.of()).get(1);
        assertEquals(1, second.monthsAssessed());
        assertTrue(second.provisional());
        assertTrue(second.months().get(1).result().isEmpty());
        assertNull(second.months().get(1).moneyDeducted());
        // provisional net: 2,906,250.00 − 48,437.50 = 2,857,812.50
        assertEquals(new BigDecimal("2857812.50"), second.netPayable().value());
        assertNull(second.assessmentDate());
        assertNull(second.dueOn());
        assertTrue(second.notes().get(0).startsWith("本期 3 个月中有 2 个月尚未考核"), second.notes()::toString);
    }

    @Test
    void aDueDateInAYearWithoutCalendarIsStatedNotFailed() {
        // The second installment's last month (2026-11-10…12-09) approved 2026-12-15: 30 working days run into 2027.
        Map<YearMonth, ScheduledMonth> months = excellentQuarter(2026, 9, "2026-12-15");
        ScheduledInstallment second = schedule.schedule(TOTAL, B_PACKAGE, months, List.of(),
                Map.of(2, new InstallmentDates(null, LocalDate.of(2027, 2, 1)))).get(1);
        assertNull(second.dueOn());
        assertTrue(second.notes().stream().anyMatch(n -> n.startsWith("2027 年节假日安排尚未公布")),
                second.notes()::toString);
        assertNull(second.latePenalty());
        assertNull(second.daysLate());
    }

    @Test
    void theCentralizedReviewAdjustsOnlyTheLastInstallment() {
        Map<YearMonth, ScheduledMonth> months = new HashMap<>();
        months.putAll(excellentQuarter(2026, 6, "2026-09-15"));
        months.putAll(excellentQuarter(2027, 3, "2027-06-15"));
        List<ReviewAdjustment> review = List.of(
                new ReviewAdjustment(1, ReviewAdjustment.Kind.REDUCTION, new BigDecimal("50000.00"), "item 46 迁云, 2 months not serviced"),
                new ReviewAdjustment(2, ReviewAdjustment.Kind.RECOGNIZED_COST, new BigDecimal("12000.00"), "迁移配合费用（凭证）"));
        List<ScheduledInstallment> all = schedule.schedule(TOTAL, B_PACKAGE, months, review, Map.of());
        assertEquals(new BigDecimal("2906250.00"), all.get(0).netPayable().value());
        assertTrue(all.get(0).review().isEmpty());
        // 4th: 2,906,250.00 − 0.00 − 50,000.00 + 12,000.00 = 2,868,250.00
        ScheduledInstallment fourth = all.get(3);
        assertEquals(2, fourth.review().size());
        assertEquals(new Amount(new BigDecimal("50000.00"), "伍万元整"), fourth.reviewReductions());
        assertEquals(new Amount(new BigDecimal("12000.00"), "壹万贰仟元整"), fourth.recognizedCosts());
        assertEquals(new Amount(new BigDecimal("2868250.00"), "贰佰捌拾陆万捌仟贰佰伍拾元整"), fourth.netPayable());
    }

    @Test
    void theNetPayableNeverFallsBelowZero() {
        Map<YearMonth, ScheduledMonth> months = new HashMap<>();
        for (int m = 3; m <= 5; m++) {
            // 较差 100%: 968,750.00 each
            months.put(YearMonth.of(2027, m), month(2027, m, "60.00", "POOR", "1.00", "968750.00", "0.00", "968750.00", "2027-06-15"));
        }
        List<ReviewAdjustment> review = List.of(new ReviewAdjustment(1, ReviewAdjustment.Kind.REDUCTION,
                new BigDecimal("10000.00"), "item 12 停用 1 month"));
        ScheduledInstallment fourth = schedule.schedule(TOTAL, B_PACKAGE, months, review, Map.of()).get(3);
        // 2,906,250.00 − 2,906,250.00 − 10,000.00 = −10,000.00 → 0.00
        assertEquals(new Amount(new BigDecimal("0.00"), "零元整"), fourth.netPayable());
    }

    @Test
    void lateMoneyNeverExceedsTheCapOverAllInstallments() {
        // Cap lowered to 1% of the total = 116,250.00 to reach it with 2026 dates; a contract starting 2026-01-10.
        PaymentTerms terms = new PaymentTerms(4, 12, 5, new BigDecimal("0.01"), new BigDecimal("0.01"));
        List<Installment> plan = new InstallmentPlan(terms).installments(TOTAL, LocalDate.of(2026, 1, 10));
        Map<YearMonth, ScheduledMonth> months = new HashMap<>();
        months.putAll(excellentQuarter(2026, 1, "2026-04-15"));
        months.putAll(excellentQuarter(2026, 4, "2026-07-15"));
        // Paid 30 days after the due date each: 6 steps × 1% × 2,906,250.00 = 174,375.00, capped at 116,250.00;
        // the second installment finds the cap used up → 0.00.
        Map<Integer, InstallmentDates> dates = new HashMap<>();
        PaymentSchedule capped = new PaymentSchedule(terms, CALENDAR, 30);
        LocalDate due1 = CALENDAR.addWorkingDays(LocalDate.of(2026, 4, 15), 30);
        LocalDate due2 = CALENDAR.addWorkingDays(LocalDate.of(2026, 7, 15), 30);
        dates.put(1, new InstallmentDates(null, due1.plusDays(30)));
        dates.put(2, new InstallmentDates(null, due2.plusDays(30)));
        List<ScheduledInstallment> all = capped.schedule(TOTAL, plan, months, List.of(), dates);
        assertEquals(new BigDecimal("116250.00"), all.get(0).latePenalty().value());
        assertEquals(new BigDecimal("0.00"), all.get(1).latePenalty().value());
    }

    /** Three 优秀 months (0 deducted) starting at {@code year-month}, the last approved on {@code approvedOn}. */
    private static Map<YearMonth, ScheduledMonth> excellentQuarter(int year, int month, String approvedOn) {
        Map<YearMonth, ScheduledMonth> months = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            YearMonth m = YearMonth.of(year, month).plusMonths(i);
            months.put(m, month(m.getYear(), m.getMonthValue(), "95.00", "EXCELLENT", "0.00", "0.00", "0.00", "0.00", approvedOn));
        }
        return months;
    }

    private static ScheduledMonth month(int year, int month, String score, String grade, String rate, String gradeDeduction,
                                        String penalties, String deducted, String approvedOn) {
        return new ScheduledMonth(YearMonth.of(year, month), 1L, new BigDecimal(score), grade, grade, new BigDecimal(rate),
                FEE, new BigDecimal(gradeDeduction), new BigDecimal(penalties), new BigDecimal(deducted),
                LocalDate.parse(approvedOn));
    }
}
