package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.assessment.ommonthly.OmFixtures.JUNE;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;
import static org.perfportal.assessment.ommonthly.OmFixtures.hardwareUnit;
import static org.perfportal.assessment.ommonthly.OmFixtures.lineLeaseUnit;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConsecutiveNeglectRuleTest {

    private final ConsecutiveNeglectRule rule = new ConsecutiveNeglectRule(PARAMS);

    @Test
    void systemWithoutScansInTwoConsecutiveMonthsCostsFivePoints() {
        // visits and inspections unit-wide, backups on both systems, scans only on S1, in May and June
        var may = hardwareUnit("U", "S1", "S2").fullRoutine("2026-05-20T10:00").build();
        var june = hardwareUnit("U", "S1", "S2")
                .work(WorkKind.VISIT, null, 1, "2026-06-20T10:00")
                .work(WorkKind.INSPECTION, null, 1, "2026-06-20T10:00")
                .work(WorkKind.BACKUP, "S1", 1, "2026-06-20T10:00")
                .work(WorkKind.BACKUP, "S2", 1, "2026-06-20T10:00")
                .work(WorkKind.SCAN, "S1", 1, "2026-06-20T10:00")
                .build();
        var mayWithoutS2Scan = new UnitMonthRecords("U", may.systemIds(), may.itemCategories(), List.of(), List.of(),
                may.work().stream().filter(w -> !(w.kind() == WorkKind.SCAN && "S2".equals(w.systemId()))).toList(),
                may.documents(), may.satisfactionForm());

        List<DeductionItem> items = rule.detect(mayWithoutS2Scan, june, JUNE);

        assertEquals(1, items.size());
        DeductionItem item = items.get(0);
        assertEquals(DeductionKind.CONSECUTIVE_NEGLECT, item.kind());
        assertEquals("S2", item.systemId());
        assertEquals(0, dec("5").compareTo(item.points()));
        assertTrue(item.reason().endsWith("均未开展漏洞扫描"), item.reason());
    }

    @Test
    void workInEitherMonthIsEnough() {
        var may = hardwareUnit("U", "S1").fullRoutine("2026-05-20T10:00").build();
        var june = hardwareUnit("U", "S1").build();
        assertEquals(List.of(), rule.detect(may, june, JUNE));
    }

    @Test
    void oneItemPerSystemHoweverManyKindsAreMissing() {
        var may = hardwareUnit("U", "S1").build();
        var june = hardwareUnit("U", "S1").build();
        // nothing at all in two months: still one occurrence (发生一次扣 5 分)
        assertEquals(1, rule.detect(may, june, JUNE).size());
    }

    @Test
    void newSystemAndLineLeaseUnitAreNotConcerned() {
        assertEquals(List.of(), rule.detect(hardwareUnit("U", "S1").build(), hardwareUnit("U", "S2").build(), JUNE));
        assertEquals(List.of(), rule.detect(lineLeaseUnit("L").build(), lineLeaseUnit("L").build(), JUNE));
    }
}
