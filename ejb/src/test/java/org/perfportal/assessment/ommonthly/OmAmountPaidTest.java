package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfportal.calendar.BusinessCalendar;
import org.perfportal.fiscal.LinkedMeasure;
import org.perfportal.payment.InstallmentDates;
import org.perfportal.payment.InstallmentPlan;
import org.perfportal.payment.PaymentSchedule;
import org.perfportal.payment.PaymentTerms;
import org.perfportal.payment.ScheduledInstallment;

/**
 * 合同支付金额 for a fiscal table: the B 包 contract (11,625,000.00, four installments of
 * 11,625,000.00 × 25% = 2,906,250.00 from 2026-06-10), nothing deducted yet, installments paid on
 * the dates finance recorded; a year counts the installments paid in it.
 */
class OmAmountPaidTest {

    private static final BigDecimal TOTAL = new BigDecimal("11625000.00");
    private static final PaymentTerms TERMS = new PaymentTerms(4, 12, 5, new BigDecimal("0.01"), new BigDecimal("0.20"));

    private static List<OmAmountPaid.PaidInstallment> paid(Map<Integer, InstallmentDates> dates) {
        List<ScheduledInstallment> schedule = new PaymentSchedule(TERMS, BusinessCalendar.chinaOfficial(), 30)
                .schedule(TOTAL, new InstallmentPlan(TERMS).installments(TOTAL, LocalDate.of(2026, 6, 10)),
                        Map.of(), List.of(), dates);
        return schedule.stream().map(i -> new OmAmountPaid.PaidInstallment("B 包", i)).toList();
    }

    @Test
    void aYearSumsTheInstallmentsPaidInIt() {
        var installments = paid(Map.of(
                1, new InstallmentDates(null, LocalDate.of(2026, 11, 13)),
                2, new InstallmentDates(null, LocalDate.of(2026, 12, 30)),
                3, new InstallmentDates(null, LocalDate.of(2027, 1, 4))));

        // 2026: installments 1 and 2 → 2 × 2,906,250.00 = 5,812,500.00
        LinkedMeasure in2026 = OmAmountPaid.paidIn(2026, "漯河付款记录 2026年", installments);
        assertEquals(new BigDecimal("5812500.00"), in2026.value());
        assertEquals("漯河付款记录 2026年：已支付 5,812,500.00元，共 2 期（B 包 第1期 2,906,250.00元 于 2026-11-13 支付；"
                + "B 包 第2期 2,906,250.00元 于 2026-12-30 支付）", in2026.source());

        // 2027: installment 3 only; the unpaid 4th counts nowhere
        assertEquals(new BigDecimal("2906250.00"), OmAmountPaid.paidIn(2027, "漯河付款记录 2027年", installments).value());
    }

    @Test
    void aYearWithoutPaymentsHasNoValueAndSaysSo() {
        LinkedMeasure none = OmAmountPaid.paidIn(2026, "漯河付款记录 2026年", paid(Map.of()));
        assertTrue(none.measured().isEmpty());
        assertEquals("漯河付款记录 2026年：无已支付的分期", none.source());
    }
}
