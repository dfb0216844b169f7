package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.perfportal.assessment.ommonthly.OmFixtures.JUNE;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.at;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;
import static org.perfportal.assessment.ommonthly.OmFixtures.hardwareUnit;
import static org.perfportal.assessment.ommonthly.OmFixtures.lineLeaseUnit;
import static org.perfportal.assessment.ommonthly.SatisfactionLevel.AVERAGE;
import static org.perfportal.assessment.ommonthly.SatisfactionLevel.BASICALLY_SATISFIED;
import static org.perfportal.assessment.ommonthly.SatisfactionLevel.SATISFIED;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A full worked June 2026 for three units, every figure derived by hand below. */
class OmMonthAssessmentTest {

    @Test
    void fullWorkedMonthForThreeUnits() {
        // Unit A, hardware, system A1: no form → 30; full routine → 30;
        //   L1 fault restored after 3 h → 30 - 10 = 20; documents 10/10 → 10. Total 90.
        var unitA = hardwareUnit("A", "A1").fullRoutine("2026-06-15T10:00")
                .fault(new Fault("FA", "A1", FaultLevel.L1, at("2026-06-20T08:00"), at("2026-06-20T08:05"), at("2026-06-20T11:00")))
                .build();
        // Unit B, line lease only: form 4 × 满意 + 1 × 一般 → 4 × 6 + 3.6 = 27.6; routine 30; anomaly 30;
        //   documents 9/10 → 9. Total 96.6.
        var unitB = lineLeaseUnit("B").form(SATISFIED, SATISFIED, AVERAGE, SATISFIED, SATISFIED).documents(9, 10).build();
        // Unit C, hardware, systems C1 C2 C3: form 5 × 基本满意 → 5 × 4.8 = 24;
        //   routine: 1 visit 8 + 2 inspections 4 + backups (4 + 2 + 0) / 3 = 2 + scans (10 + 10 + 0) / 3 = 6.6666666667
        //   → 20.6666666667; high vulnerability found 06-12, fixed 06-25 (> 7 d) → 30 - 5 = 25;
        //   documents 8/10 → 8. Total 24 + 20.6666666667 + 25 + 8 = 77.6666666667.
        var unitC = hardwareUnit("C", "C1", "C2", "C3").form(BASICALLY_SATISFIED, BASICALLY_SATISFIED,
                        BASICALLY_SATISFIED, BASICALLY_SATISFIED, BASICALLY_SATISFIED)
                .work(WorkKind.VISIT, null, 1, "2026-06-12T09:00")
                .work(WorkKind.INSPECTION, null, 2, "2026-06-12T09:00")
                .work(WorkKind.BACKUP, "C1", 4, "2026-06-13T02:00")
                .work(WorkKind.BACKUP, "C2", 2, "2026-06-13T02:00")
                .work(WorkKind.SCAN, "C1", 1, "2026-06-14T02:00")
                .work(WorkKind.SCAN, "C2", 1, "2026-06-14T02:00")
                .vulnerability(new Vulnerability("VC", "C2", VulnerabilitySeverity.HIGH,
                        at("2026-06-12T10:00"), at("2026-06-12T11:00"), at("2026-06-25T10:00")))
                .documents(8, 10).build();
        // May: A fully worked; C worked C1 and C2 but never backed up or scanned C3
        //   → C3 two months without backup and scan → detected deduction item 5.
        var mayA = hardwareUnit("A", "A1").fullRoutine("2026-05-15T10:00").build();
        var mayC = hardwareUnit("C", "C1", "C2", "C3")
                .work(WorkKind.VISIT, null, 1, "2026-05-15T10:00")
                .work(WorkKind.INSPECTION, null, 4, "2026-05-15T10:00")
                .work(WorkKind.BACKUP, "C1", 4, "2026-05-15T10:00").work(WorkKind.BACKUP, "C2", 4, "2026-05-15T10:00")
                .work(WorkKind.SCAN, "C1", 1, "2026-05-15T10:00").work(WorkKind.SCAN, "C2", 1, "2026-05-15T10:00")
                .build();
        var complaint = new DeductionItem("D1", DeductionKind.RESPONSIBLE_COMPLAINT, dec("3"), "有责投诉: 响应态度差", "B", null);
        var staffAbsent = new MoneyPenalty("P1", PenaltyKind.ONSITE_STAFF_ABSENT, null, "驻场人员 06-18 未到岗");

        var records = new OmMonthRecords(JUNE, dec("11625000.00"), List.of(unitA, unitB, unitC),
                List.of(mayA, mayC), List.of(complaint), List.of(staffAbsent), Exemptions.none());
        OmMonthResult result = new OmMonthAssessment(PARAMS).assess(records);

        assertEquals(0, dec("90").compareTo(result.unitScores().get(0).total()));
        assertEquals(0, dec("96.6").compareTo(result.unitScores().get(1).total()));
        assertEquals(0, dec("77.6666666667").compareTo(result.unitScores().get(2).total()));
        assertEquals(1, result.detectedItems().size());
        assertEquals("C3", result.detectedItems().get(0).systemId());
        // mean (90 + 96.6 + 77.6666666667) / 3 = 264.2666666667 / 3 = 88.0888888889
        // minus 3 (complaint) - 5 (C3 neglect) = 80.0888888889 → 80.09 (good)
        assertEquals(dec("80.09"), result.publishedScore());
        assertEquals(Grade.GOOD, result.band().grade());
        // fee 11,625,000.00 / 12 = 968,750.00; 5% = 48,437.50 + 20,000.00 (staff absent) = 68,437.50
        assertEquals(dec("968750.00"), result.monthlyFee());
        assertEquals(dec("68437.50"), result.moneyDeducted());
    }

    @Test
    void firstContractMonthHasNoPreviousMonthToCompare() {
        var unit = hardwareUnit("A", "A1").build();
        var records = new OmMonthRecords(JUNE, dec("11625000.00"), List.of(unit), List.of(), List.of(), List.of(),
                Exemptions.none());
        OmMonthResult result = new OmMonthAssessment(PARAMS).assess(records);
        // 30 (no form) + 0 (no routine work) + 30 + 10 = 70 → fair, 20% × 968,750.00 = 193,750.00
        assertEquals(List.of(), result.detectedItems());
        assertEquals(dec("70.00"), result.publishedScore());
        assertEquals(Grade.FAIR, result.band().grade());
        assertEquals(dec("193750.00"), result.moneyDeducted());
    }
}
