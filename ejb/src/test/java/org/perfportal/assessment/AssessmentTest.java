package org.perfportal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.ConflictException;

/** The result lifecycle (考核结果状态): only the transitions of DOMAIN §1, only drafts editable, lines kept as traced. */
class AssessmentTest {

    /** When the tests say things happen: a fixed time, in UTC as stored. */
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-07-15T02:00:00Z");

    private static final TraceLine LATE_REPAIR = TraceLine.of("FAULT_LATE_REPAIR", "考核表 运维质量 扣罚标准1", "迟修",
            Measure.YUAN, new BigDecimal("800.00"), List.of("fault-2", "WW-002"));

    @Test
    void theHappyPathWithADisputeEndsFinal() {
        Assessment result = draft();
        for (AssessmentStatus next : List.of(AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED,
                AssessmentStatus.DISPUTED, AssessmentStatus.FINAL)) {
            result.moveTo(next, AT);
            assertEquals(next, result.status());
        }
    }

    @Test
    void anApprovedResultMayBecomeFinalWithoutADispute() {
        Assessment result = draft();
        result.moveTo(AssessmentStatus.SUBMITTED, AT);
        result.moveTo(AssessmentStatus.APPROVED, AT);
        result.moveTo(AssessmentStatus.FINAL, AT);
        assertEquals(AssessmentStatus.FINAL, result.status());
    }

    @Test
    void aSkippedOrBackwardStepIsAConflictNamingStatus() {
        Assessment result = draft();
        assertEquals("status", assertThrows(ConflictException.class, () -> result.moveTo(AssessmentStatus.APPROVED, AT)).field());
        result.moveTo(AssessmentStatus.SUBMITTED, AT);
        assertEquals("status", assertThrows(ConflictException.class, () -> result.moveTo(AssessmentStatus.DRAFT, AT)).field());
        assertEquals("status", assertThrows(ConflictException.class, () -> result.moveTo(AssessmentStatus.DISPUTED, AT)).field());
    }

    @Test
    void onlyADraftCanBeEdited() {
        Assessment result = draft();
        result.reviseRemark("已核对");
        assertEquals("已核对", result.remark());
        result.moveTo(AssessmentStatus.SUBMITTED, AT);
        result.moveTo(AssessmentStatus.APPROVED, AT);
        assertEquals("status", assertThrows(ConflictException.class, () -> result.reviseRemark("改")).field());
    }

    @Test
    void aDisputeKeepsTheResultInForce() {
        assertFalse(AssessmentStatus.SUBMITTED.inForce());
        assertTrue(AssessmentStatus.APPROVED.inForce());
        assertTrue(AssessmentStatus.DISPUTED.inForce());
        assertTrue(AssessmentStatus.FINAL.inForce());
    }

    @Test
    void approvalIsTimedAndADisputeKeepsItsReason() {
        Assessment result = draft();
        result.moveTo(AssessmentStatus.SUBMITTED, AT);
        assertNull(result.approvedAt());
        result.moveTo(AssessmentStatus.APPROVED, AT);
        assertEquals(AT, result.approvedAt());
        result.dispute("第 3 项故障系停电所致", AT);
        assertEquals(AssessmentStatus.DISPUTED, result.status());
        assertEquals("第 3 项故障系停电所致", result.disputeReason());
    }

    @Test
    void anUnroundedAmountReadsBackWithAllItsDecimalsAndAWholeOneWithTwo() {
        assertEquals(new BigDecimal("2.6666666667"), Decimals.normalized(new BigDecimal("2.6666666667")));
        assertEquals(new BigDecimal("30.00"), Decimals.normalized(new BigDecimal("30.0000000000")));
        assertEquals(new BigDecimal("48437.50"), Decimals.normalized(new BigDecimal("48437.5000000000")));
        assertEquals(new BigDecimal("0.00"), Decimals.normalized(new BigDecimal("0E-10")));
    }

    @Test
    void storedLinesReadBackAsTheTracedLines() {
        assertEquals(List.of(LATE_REPAIR), draft().lines());
    }

    private static Assessment draft() {
        return new Assessment("extranet-half-year", null, "2026-H1", 1, 1, new BigDecimal("800.00"),
                List.of(ScopedLine.whole(LATE_REPAIR)), AT);
    }
}
