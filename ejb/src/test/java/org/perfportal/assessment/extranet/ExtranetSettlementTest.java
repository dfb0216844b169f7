package org.perfportal.assessment.extranet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one settlement computation the API and the 考核表 share. */
class ExtranetSettlementTest {

    private static final HalfYear H1 = HalfYear.parse("2026-H1");

    private static CoveringContract contract(String finalPayment) {
        return new CoveringContract(7, "OTG-WW-2026-01", "电子政务外网支撑保障服务合同", "鄂托克旗电信", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), new BigDecimal(finalPayment));
    }

    @Test
    void theDemoHalfYearLeavesTheFinalPaymentLessTheDeduction() {
        ExtranetSettlement s = ExtranetSettlement.of(H1, new BigDecimal("2200.00"), Optional.of(contract("36000.00")));
        assertTrue(s.settled());
        assertFalse(s.exceedsFinalPayment());
        assertEquals(new BigDecimal("33800.00"), s.figures().netPayable());
        assertEquals(new BigDecimal("0.00"), s.figures().excessDeduction());
    }

    @Test
    void aDeductionBeyondTheFinalPaymentIsShownAsExcess() {
        ExtranetSettlement s = ExtranetSettlement.of(H1, new BigDecimal("1500.00"), Optional.of(contract("1000.00")));
        assertTrue(s.exceedsFinalPayment());
        assertEquals(new BigDecimal("0.00"), s.figures().netPayable());
        assertEquals(new BigDecimal("500.00"), s.figures().excessDeduction());
    }

    @Test
    void withoutACoveringContractThereIsNoSettlement() {
        ExtranetSettlement s = ExtranetSettlement.of(H1, new BigDecimal("90.00"), Optional.empty());
        assertFalse(s.settled());
        assertFalse(s.exceedsFinalPayment());
        assertNull(s.figures());
        assertEquals(new BigDecimal("90.00"), s.totalDeduction());
    }
}
