package org.perfportal.assessment.extranet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 半年结算: the deductions are taken from the half-year final payment (尾款), never below zero. */
class HalfYearSettlementTest {

    @Test
    void theTotalIsDeductedFromTheFinalPayment() {
        HalfYearSettlement s = HalfYearSettlement.of(new BigDecimal("100000.00"), new BigDecimal("1340.00"));
        assertEquals(new BigDecimal("98660.00"), s.netPayable());
        assertEquals(new BigDecimal("0.00"), s.excessDeduction());
    }

    @Test
    void aDeductionLargerThanThePaymentFloorsAtZeroAndShowsTheExcess() {
        HalfYearSettlement s = HalfYearSettlement.of(new BigDecimal("1000"), new BigDecimal("1340.00"));
        assertEquals(new BigDecimal("0.00"), s.netPayable());
        assertEquals(new BigDecimal("340.00"), s.excessDeduction());
        assertEquals(new BigDecimal("1000.00"), s.finalPayment());
    }
}
