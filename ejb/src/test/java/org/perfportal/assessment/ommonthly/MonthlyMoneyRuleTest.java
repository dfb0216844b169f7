package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perfportal.assessment.TracedValue;

class MonthlyMoneyRuleTest {

    /** DOMAIN §2 golden: 11,625,000.00 / 12. */
    private static final BigDecimal FEE = dec("968750.00");

    private final MonthlyMoneyRule rule = new MonthlyMoneyRule(PARAMS);
    private final GradeRule grades = new GradeRule(PARAMS);

    private BigDecimal deducted(String score, Exemptions exemptions, MoneyPenalty... penalties) {
        return rule.publish(rule.deductions(grades.bandFor(dec(score)), FEE, List.of(penalties), exemptions));
    }

    private static MoneyPenalty penalty(String id, PenaltyKind kind, String rate) {
        return new MoneyPenalty(id, kind, rate == null ? null : dec(rate), "reason");
    }

    @Test
    void gradeDeductionIsTheBandRateOfTheMonthsFee() {
        assertEquals(dec("0.00"), deducted("90.00", Exemptions.none()));
        // 5% × 968,750.00 = 48,437.50
        assertEquals(dec("48437.50"), deducted("89.99", Exemptions.none()));
        // 20% × 968,750.00 = 193,750.00
        assertEquals(dec("193750.00"), deducted("75.00", Exemptions.none()));
        // 100% × 968,750.00
        assertEquals(dec("968750.00"), deducted("69.99", Exemptions.none()));
    }

    @Test
    void moneyPenaltiesComeOnTopOfTheGradeDeduction() {
        // 193,750.00 (fair) + 20,000 (recurring fault) + 10,000 (falsified documents) + 10% × 968,750 (violation) = 320,625.00
        assertEquals(dec("320625.00"), deducted("75.00", Exemptions.none(),
                penalty("P1", PenaltyKind.RECURRING_FAULT, null),
                penalty("P2", PenaltyKind.FALSIFIED_DOCUMENTS, null),
                penalty("P3", PenaltyKind.VIOLATION, "0.10")));
    }

    @Test
    void monthTotalIsCappedAtTheMonthsFee() {
        TracedValue lines = rule.deductions(grades.bandFor(dec("60.00")), FEE,
                List.of(penalty("P1", PenaltyKind.ONSITE_STAFF_ABSENT, null)), Exemptions.none());
        // 968,750.00 (poor) + 20,000 = 988,750.00 → capped at 968,750.00 by a -20,000.00 cap line
        assertEquals(FEE, rule.publish(lines));
        assertEquals("MONEY-CAP", lines.lines().get(2).ruleCode());
        assertEquals(0, dec("-20000.00").compareTo(lines.lines().get(2).amount()));
    }

    @Test
    void withoutTheCapTheTotalMayExceedTheFee() {
        OmSchemeParameters p = PARAMS;
        var uncapped = new OmSchemeParameters(p.satisfactionPoints(), p.routinePoints(), p.anomalyPoints(),
                p.documentsPoints(), p.satisfactionItemCount(), p.satisfactionItemPoints(), p.satisfactionFactors(),
                p.routine(), p.faultLimits(), p.vulnerabilityLimits(), p.deductionRanges(), p.gradeBands(),
                p.penaltyTariffs(), false, p.paymentTerms(), p.monthStartDay(), p.zone(), p.scoreScale());
        var money = new MonthlyMoneyRule(uncapped);
        // 968,750.00 + 20,000.00 = 988,750.00
        assertEquals(dec("988750.00"), money.publish(money.deductions(grades.bandFor(dec("60.00")), FEE,
                List.of(penalty("P1", PenaltyKind.ONSITE_STAFF_ABSENT, null)), Exemptions.none())));
    }

    @Test
    void sabotageTakesTheWholeFeeWithoutARate() {
        // 0 (excellent) + 100% × 968,750.00
        assertEquals(FEE, deducted("95.00", Exemptions.none(), penalty("P1", PenaltyKind.SABOTAGE, null)));
    }

    @Test
    void rateOutsideTheTariffOrOnAFixedTariffIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> deducted("95.00", Exemptions.none(), penalty("P1", PenaltyKind.VIOLATION, "0.35")));
        assertThrows(IllegalArgumentException.class,
                () -> deducted("95.00", Exemptions.none(), penalty("P1", PenaltyKind.VIOLATION, null)));
        assertThrows(IllegalArgumentException.class,
                () -> deducted("95.00", Exemptions.none(), penalty("P1", PenaltyKind.LATE_TAKEOVER, "0.10")));
    }

    @Test
    void exemptedPenaltyCostsNothingButStaysVisible() {
        TracedValue lines = rule.deductions(grades.bandFor(dec("95.00")), FEE,
                List.of(penalty("P1", PenaltyKind.SUPERIOR_INDICATOR_MISSED, null)),
                new Exemptions(Map.of("P1", "上级平台故障")));
        assertEquals(dec("0.00"), rule.publish(lines));
        assertTrue(lines.lines().get(1).exempted());
    }
}
