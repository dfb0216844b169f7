package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.assessment.ommonthly.OmFixtures.JUNE;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;
import static org.perfportal.assessment.ommonthly.OmFixtures.hardwareUnit;
import static org.perfportal.assessment.ommonthly.OmFixtures.lineLeaseUnit;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.perfportal.assessment.TracedValue;

class RoutineWorkRuleTest {

    private final RoutineWorkRule rule = new RoutineWorkRule(PARAMS);

    private static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(0, dec(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void unitWithOnlyLineLeaseItemsGetsFullPoints() {
        TracedValue score = rule.score(lineLeaseUnit("U").build(), JUNE);
        // 线路租赁和购买服务运维事项按满分计算 → 30, although no work was logged
        assertPoints("30", score.value());
    }

    @Test
    void fullRoutineEarnsThirty() {
        var unit = hardwareUnit("U", "S1", "S2").fullRoutine("2026-06-15T10:00").build();
        // 8 (visit) + 8 (4 inspections) + 4 (4 backups each system) + 10 (a scan each system) = 30
        assertPoints("30", rule.score(unit, JUNE).value());
    }

    @Test
    void noWorkEarnsNothing() {
        assertPoints("0", rule.score(hardwareUnit("U", "S1").build(), JUNE).value());
    }

    @Test
    void inspectionsEarnTwoEachUpToEight() {
        var three = hardwareUnit("U", "S1").work(WorkKind.INSPECTION, null, 3, "2026-06-20T10:00").build();
        var six = hardwareUnit("U", "S1").work(WorkKind.INSPECTION, null, 6, "2026-06-20T10:00").build();
        // 3 × 2 = 6; 6 × 2 = 12 capped at 8
        assertPoints("6", rule.score(three, JUNE).lines().get(1).amount());
        assertPoints("8", rule.score(six, JUNE).lines().get(1).amount());
    }

    @Test
    void backupsAreAveragedOverThreeSystems() {
        var unit = hardwareUnit("U", "S1", "S2", "S3")
                .work(WorkKind.BACKUP, "S1", 5, "2026-06-11T02:00")
                .work(WorkKind.BACKUP, "S2", 2, "2026-06-11T02:00")
                .build();
        // S1: min(5 × 1, 4) = 4, S2: 2, S3: 0 → (4 + 2 + 0) / 3 = 2
        assertPoints("2", rule.score(unit, JUNE).lines().get(2).amount());
    }

    @Test
    void scansAreAveragedOverSystems() {
        var unit = hardwareUnit("U", "S1", "S2", "S3")
                .work(WorkKind.SCAN, "S1", 2, "2026-06-11T02:00")
                .work(WorkKind.SCAN, "S2", 1, "2026-06-11T02:00")
                .build();
        // (10 + 10 + 0) / 3 = 6.6666666667 (ten decimals, rounded only at the vendor score)
        assertPoints("6.6666666667", rule.score(unit, JUNE).lines().get(3).amount());
    }

    @Test
    void onlyWorkInsideTheContractMonthCounts() {
        var unit = hardwareUnit("U", "S1")
                .work(WorkKind.VISIT, null, 1, "2026-06-09T23:59")   // previous month
                .work(WorkKind.VISIT, null, 1, "2026-07-10T00:00")   // next month (end exclusive)
                .work(WorkKind.INSPECTION, null, 1, "2026-06-10T00:00") // first instant of June month
                .build();
        // visit 0 + inspection 2 = 2
        assertPoints("2", rule.score(unit, JUNE).value());
    }

    @Test
    void hardwareUnitWithoutSystemsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> rule.score(hardwareUnit("U").build(), JUNE));
    }
}
