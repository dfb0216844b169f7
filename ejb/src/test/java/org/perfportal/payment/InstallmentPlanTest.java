package org.perfportal.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class InstallmentPlanTest {

    private static final BigDecimal TOTAL = new BigDecimal("11625000.00");
    private static final PaymentTerms TERMS = new PaymentTerms(4, 12, 5, new BigDecimal("0.01"), new BigDecimal("0.20"));
    private final InstallmentPlan plan = new InstallmentPlan(TERMS);

    @Test
    void luoheContractSplitsIntoFourQuartersOfTheContractYear() {
        List<Installment> installments = plan.installments(TOTAL, LocalDate.of(2026, 6, 10));
        // DOMAIN §2 golden: 25% of 11,625,000.00 = 2,906,250.00 each
        assertEquals(List.of(
                new Installment(1, LocalDate.of(2026, 6, 10), LocalDate.of(2026, 9, 9), new BigDecimal("2906250.00")),
                new Installment(2, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 12, 9), new BigDecimal("2906250.00")),
                new Installment(3, LocalDate.of(2026, 12, 10), LocalDate.of(2027, 3, 9), new BigDecimal("2906250.00")),
                new Installment(4, LocalDate.of(2027, 3, 10), LocalDate.of(2027, 6, 9), new BigDecimal("2906250.00"))),
                installments);
    }

    @Test
    void lastInstallmentTakesTheRemainderSoThePlanAddsUp() {
        List<Installment> installments = plan.installments(new BigDecimal("100.01"), LocalDate.of(2026, 6, 10));
        // 100.01 / 4 = 25.0025 → 25.00 × 3, last = 100.01 - 75.00 = 25.01
        assertEquals(new BigDecimal("25.00"), installments.get(0).amount());
        assertEquals(new BigDecimal("25.01"), installments.get(3).amount());
    }

    @Test
    void monthlyFeeIsATwelfthOfTheTotal() {
        // DOMAIN §2 golden: 11,625,000.00 / 12 = 968,750.00
        assertEquals(new BigDecimal("968750.00"), TERMS.monthlyFee(TOTAL));
    }

    @Test
    void netPayableSubtractsTheThreeMonthlyDeductions() {
        Installment first = plan.installments(TOTAL, LocalDate.of(2026, 6, 10)).get(0);
        // 2,906,250.00 - 0 (excellent) - 48,437.50 (good: 5% × 968,750) - 213,750.00 (fair 193,750 + 20,000) = 2,644,062.50
        BigDecimal net = plan.netPayable(first, List.of(
                new BigDecimal("0.00"), new BigDecimal("48437.50"), new BigDecimal("213750.00")));
        assertEquals(new BigDecimal("2644062.50"), net);
    }

    @Test
    void refusesMoreMonthsThanTheInstallmentCovers() {
        Installment first = plan.installments(TOTAL, LocalDate.of(2026, 6, 10)).get(0);
        List<BigDecimal> four = List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        assertThrows(IllegalArgumentException.class, () -> plan.netPayable(first, four));
    }

    @Test
    void latePaymentCostsOnePercentPerFullFiveDays() {
        LatePaymentPenalty late = new LatePaymentPenalty(TERMS);
        BigDecimal installment = new BigDecimal("2906250.00");
        LocalDate due = LocalDate.of(2026, 11, 20);
        assertEquals(new BigDecimal("0.00"), late.penalty(installment, TOTAL, due, due));
        assertEquals(new BigDecimal("0.00"), late.penalty(installment, TOTAL, due, due.minusDays(3)));
        // 4 days late: no full 5-day step
        assertEquals(new BigDecimal("0.00"), late.penalty(installment, TOTAL, due, due.plusDays(4)));
        // 5 days: 1 step × 1% × 2,906,250.00 = 29,062.50
        assertEquals(new BigDecimal("29062.50"), late.penalty(installment, TOTAL, due, due.plusDays(5)));
        // 14 days: 2 full steps = 58,125.00
        assertEquals(new BigDecimal("58125.00"), late.penalty(installment, TOTAL, due, due.plusDays(14)));
    }

    @Test
    void latePaymentIsCappedAtTwentyPercentOfTheTotal() {
        LatePaymentPenalty late = new LatePaymentPenalty(TERMS);
        LocalDate due = LocalDate.of(2026, 11, 20);
        // 500 days = 100 steps × 29,062.50 = 2,906,250.00 > cap 20% × 11,625,000.00 = 2,325,000.00
        assertEquals(new BigDecimal("2325000.00"),
                late.penalty(new BigDecimal("2906250.00"), TOTAL, due, due.plusDays(500)));
    }
}
