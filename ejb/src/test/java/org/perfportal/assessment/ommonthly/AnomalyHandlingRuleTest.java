package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.assessment.ommonthly.OmFixtures.JUNE;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.at;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;

class AnomalyHandlingRuleTest {

    private final AnomalyHandlingRule rule = new AnomalyHandlingRule(PARAMS);

    private TracedValue faults(AssessmentMonth month, Exemptions exemptions, Fault... faults) {
        return rule.score(List.of(faults), List.of(), month, exemptions);
    }

    private static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(0, dec(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void faultsWithinLimitsCostNothing() {
        var fault = new Fault("F1", "S1", FaultLevel.L1, at("2026-06-15T10:00"), at("2026-06-15T10:10"), at("2026-06-15T12:00"));
        // response exactly at 10 min and restore exactly at 2 h are on time → 30
        TracedValue score = faults(JUNE, Exemptions.none(), fault);
        assertPoints("30", score.value());
        assertEquals(1, score.lines().size());
    }

    @Test
    void lateRestoreAndLateResponseDeductByLevel() {
        var l1LateRestore = new Fault("F1", "S1", FaultLevel.L1, at("2026-06-15T10:00"), at("2026-06-15T10:05"), at("2026-06-15T12:01"));
        var l3LateResponse = new Fault("F2", "S1", FaultLevel.L3, at("2026-06-16T10:00"), at("2026-06-16T10:21"), at("2026-06-16T11:00"));
        // 30 - 10 (L1 late restore) - 5 (L3 late response) = 15
        assertPoints("15", faults(JUNE, Exemptions.none(), l1LateRestore, l3LateResponse).value());
    }

    @Test
    void faultMissingBothLimitsDeductsOnce() {
        var fault = new Fault("F1", "S1", FaultLevel.L2, at("2026-06-15T10:00"), at("2026-06-15T11:00"), at("2026-06-15T20:00"));
        TracedValue score = faults(JUNE, Exemptions.none(), fault);
        // 30 - 10 (L2, late response and late restore, once per fault) = 20
        assertPoints("20", score.value());
        assertEquals(2, score.lines().size());
        assertTrue(score.lines().get(1).description().contains("响应超时且恢复超时"));
    }

    @Test
    void missCountsInTheMonthItsDeadlinePasses() {
        // L3 reported 2026-07-09 23:00 (last hour of the June month), responded in time, unrestored:
        // restore deadline 2026-07-10 23:00 falls in the July month
        var fault = new Fault("F1", "S1", FaultLevel.L3, at("2026-07-09T23:00"), at("2026-07-09T23:05"), null);
        assertPoints("30", faults(JUNE, Exemptions.none(), fault).value());
        // July: 30 - 5 (L3 late restore) = 25
        assertPoints("25", faults(JUNE.next(), Exemptions.none(), fault).value());
    }

    @Test
    void faultCountedOnceIsNotCountedAgainNextMonth() {
        // missed the response in June (deadline 06-20 10:10) and still unrestored in July
        var fault = new Fault("F1", "S1", FaultLevel.L1, at("2026-06-20T10:00"), null, null);
        assertPoints("20", faults(JUNE, Exemptions.none(), fault).value()); // 30 - 10
        assertPoints("30", faults(JUNE.next(), Exemptions.none(), fault).value());
    }

    @Test
    void scoreFloorsAtZero() {
        Fault[] four = new Fault[4];
        for (int i = 0; i < 4; i++) {
            four[i] = new Fault("F" + i, "S1", FaultLevel.L1, at("2026-06-15T10:00"), null, null);
        }
        TracedValue score = faults(JUNE, Exemptions.none(), four);
        // 30 - 4 × 10 = -10 → floor line +10 → 0
        assertPoints("0", score.value());
        TraceLine floor = score.lines().get(score.lines().size() - 1);
        assertEquals("ANOMALY-FLOOR", floor.ruleCode());
        assertPoints("10", floor.amount());
    }

    @Test
    void exemptedFaultShowsAZeroPointExemptedLine() {
        var fault = new Fault("F9", "S1", FaultLevel.L1, at("2026-06-15T10:00"), at("2026-06-15T10:05"), at("2026-06-15T18:00"));
        TracedValue score = faults(JUNE, new Exemptions(Map.of("F9", "暴雨导致线路中断 (force majeure)")), fault);
        // exempted: 30 - 0 = 30
        assertPoints("30", score.value());
        TraceLine line = score.lines().get(1);
        assertTrue(line.exempted());
        assertPoints("0", line.amount());
        assertEquals("暴雨导致线路中断 (force majeure)", line.exemptionReason());
        assertEquals(List.of("F9"), line.recordIds());
        assertEquals(AnomalyHandlingRule.FAULT_CLAUSE, line.clause());
    }

    @Test
    void vulnerabilitiesDeductBySeverity() {
        var criticalLateResponse = new Vulnerability("V1", "S1", VulnerabilitySeverity.CRITICAL,
                at("2026-06-12T08:00"), at("2026-06-13T09:00"), at("2026-06-13T07:00"));
        var highFixedInEightDays = new Vulnerability("V2", "S1", VulnerabilitySeverity.HIGH,
                at("2026-06-12T08:00"), at("2026-06-12T09:00"), at("2026-06-20T08:00"));
        var mediumUnfixed = new Vulnerability("V3", "S1", VulnerabilitySeverity.MEDIUM_LOW,
                at("2026-06-12T08:00"), null, null);
        var mediumMitigatedInTime = new Vulnerability("V4", "S1", VulnerabilitySeverity.MEDIUM_LOW,
                at("2026-06-12T08:00"), null, at("2026-06-27T08:00"));
        TracedValue score = rule.score(List.of(),
                List.of(criticalLateResponse, highFixedInEightDays, mediumUnfixed, mediumMitigatedInTime), JUNE, Exemptions.none());
        // 30 - 10 (critical responded after 24 h although fixed in time) - 5 (high fixed after 7 d)
        //    - 1 (medium unfixed at 06-27 08:00) - 0 (medium mitigated exactly at 15 d) = 14
        assertPoints("14", score.value());
    }
}
