package org.perfportal.records.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfportal.assessment.ommonthly.FaultLevel;
import org.perfportal.assessment.ommonthly.OmSchemeParameters;
import org.perfportal.assessment.ommonthly.SatisfactionLevel;
import org.perfportal.assessment.ommonthly.WorkKind;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.OmItemCategory;
import org.perfportal.contract.ServiceContract;
import org.perfportal.fiscal.LinkedMeasure;
import org.perfportal.testing.TestDatabase;

/**
 * The record book's figures a fiscal self-evaluation links to, on PostgreSQL with the Luohe demo
 * contract (B 包, service from 2026-06-10, 8 of its 10 units with hardware-and-system items) and
 * the luohe-2025 limits (restore L1 2 h, L2 4 h, L3/L4 24 h; items 6 points × 满意 1.0 / 基本满意
 * 0.8 / 一般 0.6; inspections 2 points up to 8), measured as of 2026-09-10 00:00 Shanghai — and
 * nothing of it seen from another tenant.
 */
class OmYearFiguresPersistenceTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Assessment months 2026-06, -07 and -08 have ended; 2026-09 has not. */
    private static final Instant NOW = at("2026-09-10T00:00").toInstant();

    private static TestDatabase db;

    @BeforeAll
    static void demoContractWithAYearOfRecords() throws Exception {
        db = TestDatabase.migrated(true);
        db.inTransaction("luohe", em -> {
            // The demo month (9004, October 2026) lies after this test's NOW; the figures below are derived
            // from this test's own faults and forms only.
            em.createQuery("DELETE FROM OmFault f").executeUpdate();
            em.createQuery("DELETE FROM OmSatisfactionForm f").executeUpdate();
            ServiceContract contract = em.createQuery("SELECT c FROM ServiceContract c", ServiceContract.class).getSingleResult();
            List<OmItem> systems = em.createQuery("SELECT i FROM OmItem i WHERE i.category = :c ORDER BY i.sequenceNo",
                    OmItem.class).setParameter("c", OmItemCategory.HARDWARE_AND_SYSTEM).getResultList();
            OmItem farm = systems.get(0);
            OmItem other = systems.stream().filter(i -> !i.unit().equals(farm.unit())).findFirst().orElseThrow();

            // within: 1.5 h of 2 h; missed: 2.5 h of 2 h; within: 23 h of 24 h
            em.persist(new OmFault(contract, farm, FaultLevel.L1, "F1", at("2026-07-01T08:00"), at("2026-07-01T08:05"), at("2026-07-01T09:30")));
            em.persist(new OmFault(contract, farm, FaultLevel.L1, "F2", at("2026-07-02T08:00"), at("2026-07-02T08:05"), at("2026-07-02T10:30")));
            em.persist(new OmFault(contract, other, FaultLevel.L3, "F3", at("2026-07-03T08:00"), at("2026-07-03T08:10"), at("2026-07-04T07:00")));
            // never restored and past its 4 h: missed; reported 4 h before NOW with 24 h to go: still open, left out
            em.persist(new OmFault(contract, farm, FaultLevel.L2, "F4", at("2026-08-01T08:00"), null, null));
            em.persist(new OmFault(contract, farm, FaultLevel.L3, "F5", at("2026-09-09T20:00"), null, null));
            // late but exempted (不可抗力): left out
            OmFault exempted = new OmFault(contract, farm, FaultLevel.L1, "F6", at("2026-07-05T08:00"), null, at("2026-07-05T12:00"));
            em.persist(exempted);
            // another year
            em.persist(new OmFault(contract, farm, FaultLevel.L1, "F7", at("2025-12-31T23:00"), null, at("2026-01-01T03:00")));

            // 6 × (1.0 + 0.8 + 1.0 + 0.6 + 1.0) = 26.40 and 6 × 5 × 1.0 = 30.00
            em.persist(new OmSatisfactionForm(contract, farm.unit(), "2026-07", List.of(SatisfactionLevel.SATISFIED,
                    SatisfactionLevel.BASICALLY_SATISFIED, SatisfactionLevel.SATISFIED, SatisfactionLevel.AVERAGE,
                    SatisfactionLevel.SATISFIED), false, null, null, at("2026-08-05T10:00"), "unit"));
            em.persist(new OmSatisfactionForm(contract, other.unit(), "2026-08", List.of(SatisfactionLevel.SATISFIED,
                    SatisfactionLevel.SATISFIED, SatisfactionLevel.SATISFIED, SatisfactionLevel.SATISFIED,
                    SatisfactionLevel.SATISFIED), false, null, null, at("2026-09-05T10:00"), "unit"));

            // inspections: farm 5 in 2026-07 (07-10…08-09: 4 count), 2 in 2026-08; other 1 in 2026-06; one in 2026-09 (not ended)
            for (String day : List.of("07-11", "07-15", "07-20", "07-25", "08-01", "08-12", "08-20")) {
                em.persist(new OmWork(contract, farm.unit(), farm, WorkKind.INSPECTION, at("2026-" + day + "T10:00"), "巡检", null));
            }
            em.persist(new OmWork(contract, other.unit(), null, WorkKind.INSPECTION, at("2026-06-20T10:00"), "巡检", null));
            em.persist(new OmWork(contract, farm.unit(), null, WorkKind.INSPECTION, at("2026-09-12T10:00"), "巡检", null));
            // a visit is no inspection
            em.persist(new OmWork(contract, farm.unit(), null, WorkKind.VISIT, at("2026-07-12T10:00"), "回访", null));
            em.flush();
            em.persist(new OmExemption(exempted.recordId(), "暴雨", "approver"));
        });
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void slaComplianceIsFaultsRestoredWithinTheirLimitOfThoseDecided() {
        // F1, F3 within; F2, F4 missed: 2 ÷ 4 = 50.00%
        LinkedMeasure sla = figures("luohe", f -> f.slaCompliance(2026));

        assertEquals(new BigDecimal("50.00"), sla.value());
        assertEquals("漯河运维记录 2026年：可判定故障 4 起，2 起在其等级时限内恢复，1 起尚在时限内未恢复，1 起已免责",
                sla.source());
    }

    @Test
    void meanSatisfactionIsTheFormsMeanScoreOfTheFullPoints() {
        // (26.40 + 30.00) ÷ 2 = 28.20 of 30 = 94.00%
        LinkedMeasure satisfaction = figures("luohe", f -> f.meanSatisfaction(2026));

        assertEquals(new BigDecimal("94.00"), satisfaction.value());
        assertEquals("漯河运维记录 2026年：满意度评价表 2 份，平均 28.20 分（满分 30 分）", satisfaction.source());
    }

    @Test
    void inspectionsAreCountedAgainstFourAMonthOfEveryUnitWithSystems() {
        // 8 ÷ 2 = 4 a month × 8 units × 3 ended months (2026-06, -07, -08) = 96 scheduled;
        // done 1 (June) + 4 (July, 5 capped) + 2 (August) = 7; 7 ÷ 96 = 7.291… → 7.29%
        LinkedMeasure inspections = figures("luohe", f -> f.scheduledInspections(2026));

        assertEquals(new BigDecimal("7.29"), inspections.value());
        assertEquals("漯河运维记录 2026年：应巡检 96 次，完成 7 次（有系统的单位每月 4 次，已结束 24 个单位月）",
                inspections.source());
    }

    @Test
    void anotherTenantMeasuresNothingOfThem() {
        assertTrue(figures("shanghai", f -> f.slaCompliance(2026)).measured().isEmpty());
        assertTrue(figures("shanghai", f -> f.meanSatisfaction(2026)).measured().isEmpty());
        assertEquals("漯河运维记录 2026年：无应巡检的月份（没有已结束月份的有系统单位）",
                figures("shanghai", f -> f.scheduledInspections(2026)).source());
    }

    @Test
    void anotherYearHasItsOwnFigures() {
        // F7 only: reported 2025-12-31 23:00, restored 4 h later, 2 h allowed
        assertEquals("漯河运维记录 2025年：可判定故障 1 起，0 起在其等级时限内恢复",
                figures("luohe", f -> f.slaCompliance(2025)).source());
    }

    private static LinkedMeasure figures(String tenant, Function<OmYearFigures, LinkedMeasure> figure) {
        return db.inTenant(tenant, em -> figure.apply(
                new OmYearFigures(em, day -> OmSchemeParameters.template2025(), "漯河运维记录", NOW)));
    }

    private static OffsetDateTime at(String localShanghai) {
        return LocalDateTime.parse(localShanghai).atZone(SHANGHAI).toOffsetDateTime();
    }

}
