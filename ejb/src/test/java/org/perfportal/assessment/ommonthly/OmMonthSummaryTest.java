package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perfportal.assessment.ommonthly.OmFixtures.JUNE;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;
import static org.perfportal.assessment.ommonthly.OmFixtures.hardwareUnit;
import static org.perfportal.assessment.ommonthly.OmFixtures.lineLeaseUnit;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored month figures are the result's, split as the payment schedule needs them. */
class OmMonthSummaryTest {

    @Test
    void aPoorMonthWithAPenaltyIsCappedAtTheFee() {
        // One unit with a system and no work: 30 + 0 + 30 + 10 = 70; minus a 省级通报 of 10 → 60.00 → 较差 100%
        // = 968,750.00; + 驻场人员 20,000.00 = 988,750.00 > fee → cap −20,000.00 → 968,750.00 deducted.
        var records = new OmMonthRecords(JUNE, dec("11625000.00"), List.of(hardwareUnit("A", "A1").build()), List.of(),
                List.of(new DeductionItem("D1", DeductionKind.CRITICISM_PROVINCE_OR_ABOVE, dec("10"), "省级通报", "A", "A1")),
                List.of(new MoneyPenalty("P1", PenaltyKind.ONSITE_STAFF_ABSENT, null, "驻场人员未到岗")), Exemptions.none());
        OmMonthSummary summary = new OmMonthSummary(null, 7L, new OmMonthAssessment(PARAMS).assess(records));

        assertEquals("2026-06", summary.monthLabel());
        assertEquals(dec("60.00"), summary.vendorScore());
        assertEquals(Grade.POOR, summary.grade());
        assertEquals(dec("968750.00"), summary.monthlyFee());
        assertEquals(dec("968750.00"), summary.gradeDeduction());
        assertEquals(dec("20000.00"), summary.penalties());
        assertEquals(dec("-20000.00"), summary.capAdjustment());
        assertEquals(dec("968750.00"), summary.moneyDeducted());
        assertEquals(1, summary.units().size());
        assertEquals(dec("70.00"), summary.units().get(0).total());
        assertEquals(dec("0.00"), summary.units().get(0).routineWork());
    }

    @Test
    void aLineLeaseOnlyUnitKeepsItsParts() {
        var records = new OmMonthRecords(JUNE, dec("11625000.00"), List.of(lineLeaseUnit("B").documents(7, 9).build()),
                List.of(), List.of(), List.of(), Exemptions.none());
        OmMonthSummary summary = new OmMonthSummary(null, 7L, new OmMonthAssessment(PARAMS).assess(records));
        // documents 10 × 7 ÷ 9 = 7.7777777778 (kept unrounded); total 30 + 30 + 30 + 7.7777777778 = 97.7777777778 → 97.78
        assertEquals(dec("7.7777777778"), summary.units().get(0).documents());
        assertEquals(dec("97.7777777778"), summary.units().get(0).total());
        assertEquals(dec("97.78"), summary.vendorScore());
        assertEquals(Grade.EXCELLENT, summary.grade());
        assertEquals(dec("0.00"), summary.moneyDeducted());
    }
}
