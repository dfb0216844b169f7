package org.perfportal.records.extranet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.extranet.CoveringContract;
import org.perfportal.assessment.extranet.HalfYear;
import org.perfportal.assessment.extranet.HalfYearSettlement;
import org.perfportal.assessment.extranet.LineFault;
import org.perfportal.assessment.extranet.ExtranetAssessmentResult;
import org.perfportal.assessment.extranet.ExtranetHalfYearAssessment;
import org.perfportal.assessment.extranet.ExtranetRecords;
import org.perfportal.assessment.extranet.ExtranetSchemeCodec;
import org.perfportal.assessment.extranet.ExtranetSchemeParameters;
import org.perfportal.calendar.BusinessCalendar;
import org.perfportal.scheme.Scheme;
import org.perfportal.scheme.SchemeStatus;
import org.perfportal.testing.TestDatabase;

/**
 * The Ordos demo data (changelog {@code 9007_demo_ordos.xml}, context "demo") read as
 * {@code ExtranetHalfYearService} reads it — the whole record book, the published {@code extranet-half-year} scheme
 * in force on the half-year's first day, the official business calendar — and run through the pure rules.
 *
 * <p>2026-H1 by hand (DOMAIN §3, scheme {@code ordos-2025}); lines WW-001 旗直属 1,200.00, WW-002 旗直属 2,000.00,
 * WW-003 苏木镇 800.00, WW-004 苏木镇 800.00, WW-005 苏木镇 600.00, WW-006 嘎查村 300.00, WW-007 嘎查村 300.00:
 * total monthly fee (总网费) 6,000.00. Fault times run from the report to the confirmed restoration.
 * <ol>
 *   <li>WW-001 (旗直属, 2 h / 6 h): reported 02-03 09:30, arrived 10:40 (1 h 10), confirmed 14:00 (4 h 30) → nothing;</li>
 *   <li>WW-003 (苏木镇, 6 h / 12 h): reported 03-16 08:30, arrived 15:10 (6 h 40 &gt; 6 h) → late arrival, recorded,
 *       0.00; confirmed 03-17 09:30 (25 h &gt; 12 h, deadline 03-16 20:30) → late repair 1 × 800.00 = <b>800.00</b>;</li>
 *   <li>WW-006 (嘎查村, 6 h / 48 h): reported 04-20 10:00, arrived 14:00 (4 h), confirmed 04-29 17:00 (9 d 7 h):
 *       late repair (deadline 04-22 10:00) 1 × 300.00 and outage over 7 days (deadline 04-27 10:00) 1 × 300.00;
 *       unrepaired for a month (05-20 10:00) not reached. The largest applies (Default), a tie, so the first
 *       deadline's rule: late repair <b>300.00</b>;</li>
 *   <li>WW-004 (苏木镇): reported 05-12 16:00, arrived 21:30 (5 h 30), confirmed 05-13 12:00 (20 h &gt; 12 h) →
 *       late repair 800.00, exempted (natural disaster, sandstorm) → <b>0.00</b>;</li>
 *   <li>relocation of WW-005: move finished Tue 04-28; 15 working days: 04-29, 04-30 (05-01…05-05 off), 05-06,
 *       05-07, 05-08, 05-09 (make-up Saturday), 05-11 … 05-15, 05-18 … 05-21 → deadline 05-21; restored 05-25
 *       (17 working days) → 1 × 600.00 = <b>600.00</b>;</li>
 *   <li>backbone failure 06-08: responded after 35 min (≤ 1 h), restored after 3 h 20 (≤ 4 h) → nothing;</li>
 *   <li>half-year report due 07-05, submitted 07-07: 2 days × 1% × 6,000.00 = <b>120.00</b>;</li>
 *   <li>ad-hoc inspection 06-18: the assessment group's <b>380.00</b>.</li>
 * </ol>
 * Total 800.00 + 0.00 + 300.00 + 0.00 + 600.00 + 120.00 + 380.00 = <b>2,200.00</b>; the 2026 contract's final
 * payment 36,000.00 (6 × 6,000.00) − 2,200.00 = net payable <b>33,800.00</b>, nothing in excess.
 */
class OrdosDemoDataPersistenceTest {

    private static final HalfYear H1 = HalfYear.parse("2026-H1");
    /** A day after the report came in, when the assessment group computes the sheet. */
    private static final Instant ASSESSED = OffsetDateTime.parse("2026-07-20T10:00:00+08:00").toInstant();

    private static TestDatabase db;
    private static ExtranetRecords book;
    private static ExtranetSchemeParameters scheme;

    @BeforeAll
    static void migrateWithDemoData() throws Exception {
        db = TestDatabase.migrated(true);
        book = db.inTenant("ordos", ExtranetRecordBook::records);
        scheme = db.inTenant("ordos", em -> {
            // The only extranet-half-year version, so the one SchemeService.inForce picks for 2026-01-01.
            Scheme inForce = em.createQuery("SELECT s FROM Scheme s WHERE s.kind = :kind", Scheme.class)
                    .setParameter("kind", ExtranetSchemeCodec.KIND)
                    .getSingleResult();
            assertEquals("ordos-2025", inForce.versionLabel());
            assertEquals(SchemeStatus.PUBLISHED, inForce.status());
            assertFalse(inForce.effectiveFrom().isAfter(H1.firstDay()));
            try (JsonReader reader = Json.createReader(new StringReader(inForce.parameters()))) {
                return new ExtranetSchemeCodec().decode(reader.readObject());
            }
        });
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void sevenLinesOfTheFiveDemoUnits() {
        assertEquals(ExtranetSchemeParameters.template2025(), scheme, "the seeded scheme is the code's ordos-2025");
        assertEquals(7, book.lines().size());
        assertEquals(new BigDecimal("6000.00"), book.totalMonthlyFee());
        assertEquals(5, book.lines().stream().map(line -> line.usingUnit()).distinct().count());
        assertEquals(4, book.faults().size());
        assertEquals(1, book.exemptions().size());
    }

    @Test
    void theFirstHalfOf2026ByHand() {
        ExtranetAssessmentResult result = assess(H1, ASSESSED);

        String lateFault = faultOn("WW-003");
        String longOutage = faultOn("WW-006");
        String sandstorm = faultOn("WW-004");
        List<TraceLine> lines = result.lines();
        assertEquals(7, lines.size(), () -> lines.toString());
        assertLine(lines.get(0), "FAULT_LATE_ARRIVAL", "0.00", List.of(lateFault, "WW-003"), false);
        assertLine(lines.get(1), "FAULT_LATE_REPAIR", "800.00", List.of(lateFault, "WW-003"), false);
        assertTrue(lines.get(1).description().contains("时限 2026-03-16 20:30"), lines.get(1)::description);
        assertLine(lines.get(2), "FAULT_LATE_REPAIR", "300.00", List.of(longOutage, "WW-006"), false);
        assertTrue(lines.get(2).description().contains("未叠加：断网时间超过7天"), lines.get(2)::description);
        assertLine(lines.get(3), "FAULT_LATE_REPAIR", "0.00", List.of(sandstorm, "WW-004"), true);
        assertTrue(lines.get(3).exemptionReason().contains("沙尘暴"), lines.get(3)::exemptionReason);
        assertLine(lines.get(4), "RELOCATION_LATE", "600.00", List.of(book.relocations().get(0).id(), "WW-005"), false);
        assertTrue(lines.get(4).description().contains("时限 2026-05-21") && lines.get(4).description().contains("用时 17 个工作日"),
                lines.get(4)::description);
        assertEquals("REPORT_LATE", lines.get(5).ruleCode());
        assertEquals(new BigDecimal("120.00"), lines.get(5).amount());
        assertEquals(book.reports().get(0).id(), lines.get(5).recordIds().get(0));
        assertLine(lines.get(6), "AD_HOC_INSPECTION", "380.00", List.of(book.adHocFindings().get(0).id()), false);

        assertEquals(new BigDecimal("2200.00"), result.total());
    }

    @Test
    void theSheetDoesNotDependOnWhenItIsComputed() {
        assertEquals(assess(H1, ASSESSED), assess(H1, Instant.now()), "every record of 2026-H1 is closed");
        assertTrue(assess(HalfYear.parse("2026-H2"), OffsetDateTime.parse("2026-12-31T23:00:00+08:00").toInstant())
                .lines().isEmpty(), "nothing of the demo is booked in 2026-H2");
    }

    @Test
    void theContractCoversTheHalfYearAndSettlesIt() {
        ExtranetContract contract = db.inTenant("ordos", em -> em.createQuery("SELECT c FROM ExtranetContract c",
                ExtranetContract.class).getSingleResult());

        assertEquals("中国电信股份有限公司鄂托克旗分公司（演示）", contract.vendor().name());
        assertEquals(LocalDate.of(2026, 12, 31), contract.serviceEnd());
        assertTrue(contract.covers(H1));
        assertTrue(contract.covers(HalfYear.parse("2026-H2")));
        assertFalse(contract.covers(HalfYear.parse("2025-H2")));
        HalfYearSettlement settlement = HalfYearSettlement.of(contract.finalPayment(), assess(H1, ASSESSED).total());
        assertEquals(new BigDecimal("36000.00"), settlement.finalPayment());
        assertEquals(new BigDecimal("33800.00"), settlement.netPayable());
        assertEquals(new BigDecimal("0.00"), settlement.excessDeduction());
    }

    /**
     * Issue 17 item 18: changeset 0060 puts the seven demo lines under the tenant's only contract,
     * OTG-WW-2026-01, in service from its first day 2026-01-01; read as that contract's sheet (as
     * {@code ExtranetHalfYearService} now reads it) 2026-H1 is still 2,200.00 — the June 总网费 of the
     * report rule is still all seven lines, 6,000.00.
     */
    @Test
    void theDemoLinesAreTheContractsAndItsSheetIsUnchanged() {
        ExtranetContract contract = db.inTenant("ordos", em -> em.createQuery("SELECT c FROM ExtranetContract c",
                ExtranetContract.class).getSingleResult());
        assertTrue(book.lines().stream().allMatch(line -> line.contractId() == contract.id()
                && LocalDate.of(2026, 1, 1).equals(line.inServiceFrom()) && line.retiredOn() == null), () -> book.lines().toString());
        CoveringContract covering = new CoveringContract(contract.id(), contract.number(), contract.name(), contract.vendor().name(),
                contract.serviceStart(), contract.serviceEnd(), contract.finalPayment());
        assertEquals(assess(H1, ASSESSED), new ExtranetHalfYearAssessment(scheme, BusinessCalendar.chinaOfficial())
                .assess(H1, book, covering, ASSESSED));
    }

    @Test
    void onlyOrdosHasThem() {
        assertEquals(0L, (long) db.inTenant("luohe", em -> em.createQuery("SELECT COUNT(l) FROM ExtranetLeasedLine l", Long.class)
                .getSingleResult()));
        assertEquals(0, db.inTenant("pingliang", ExtranetRecordBook::records).faults().size());
    }

    private static ExtranetAssessmentResult assess(HalfYear period, Instant asOf) {
        return new ExtranetHalfYearAssessment(scheme, BusinessCalendar.chinaOfficial()).assess(period, book, asOf);
    }

    private static String faultOn(String lineCode) {
        return book.faults().stream().filter(f -> f.lineId().equals(lineCode)).map(LineFault::id).findFirst().orElseThrow();
    }

    private static void assertLine(TraceLine line, String rule, String amount, List<String> recordIds, boolean exempted) {
        assertEquals(rule, line.ruleCode(), line::toString);
        assertEquals(new BigDecimal(amount), line.amount(), line::toString);
        assertEquals(recordIds, line.recordIds(), line::toString);
        assertEquals(exempted, line.exempted(), line::toString);
    }
}
