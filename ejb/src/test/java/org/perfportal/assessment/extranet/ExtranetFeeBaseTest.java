package org.perfportal.assessment.extranet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfportal.assessment.TraceLine;
import org.perfportal.calendar.BusinessCalendar;

/**
 * Issue 17, items 18 and 10: the fee bases (总网费, 上月总网费, 本年度网络租赁费用) read the lines of the
 * assessed operator contract in service in the month they name, and an illegal connection is charged
 * to the party the assessor names.
 */
class ExtranetFeeBaseTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final HalfYear H2_2025 = new HalfYear(2025, HalfYear.Half.H2);
    private static final BusinessCalendar CALENDAR = BusinessCalendar.chinaOfficial();
    private static final ExtranetSchemeParameters SCHEME = ExtranetSchemeParameters.template2025();
    private static final Instant AS_OF = at("2026-03-01T12:00");

    /** The 2025 contract of operator A (id 1) and the contract of operator B (id 2). */
    private static final CoveringContract A_2025 = contract(1, "2025-01-01", "2025-12-31");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static CoveringContract contract(long id, String start, String end) {
        return new CoveringContract(id, "C-" + id, "外网合同 " + id, "运营商 " + id, LocalDate.parse(start), LocalDate.parse(end),
                new BigDecimal("50000.00"));
    }

    private static ExtranetLine line(String id, String unit, String fee, Long contract, String from, String retired) {
        return new ExtranetLine(id, unit, LocationClass.SUMU_TOWN, "100M", new BigDecimal(fee), contract,
                from == null ? null : LocalDate.parse(from), retired == null ? null : LocalDate.parse(retired));
    }

    private static ExtranetAssessmentResult assess(ExtranetSchemeParameters scheme, ExtranetRecords records, CoveringContract contract) {
        return new ExtranetHalfYearAssessment(scheme, CALENDAR).assess(H2_2025, records, contract, AS_OF);
    }

    /**
     * The case: 「上月总网费」 of 2025-H2 is December 2025's total of contract A. Contract A has
     * A1 5,000 + A2 3,000 = 8,000.00 in service in 2025; contract B's B1 6,000 and A's A3 8,000
     * registered for 2026 are not part of it (all of them: 22,000.00).
     * Report due 2026-01-05, submitted 01-08: 3 days × 1% × 8,000.00 = 240.00, not 3% × 22,000.00 = 660.00.
     */
    @Test
    void theReportPenaltyCountsOnlyTheContractsLinesInServiceInThePreviousMonth() {
        ExtranetRecords records = ExtranetRecords.builder()
                .line(line("A1", "旗政府办", "5000.00", 1L, "2025-01-01", null))
                .line(line("A2", "乌兰镇", "3000.00", 1L, "2025-01-01", null))
                .line(line("B1", "棋盘井镇", "6000.00", 2L, "2025-01-01", null))
                .line(line("A3", "苏米图", "8000.00", 1L, "2026-01-01", null))
                .report(new ReportSubmission("R1", H2_2025, LocalDate.of(2026, 1, 8))).build();
        assertEquals(new BigDecimal("22000.00"), records.totalMonthlyFee());

        ExtranetAssessmentResult result = assess(SCHEME, records, A_2025);
        TraceLine report = result.lines().get(0);
        assertEquals(ExtranetRule.REPORT_LATE.name(), report.ruleCode());
        assertEquals(new BigDecimal("240.00"), report.amount());
        assertEquals(List.of("R1", "A1", "A2"), report.recordIds());
        assertTrue(report.description().contains("上月（2025-12）总网费 8000.00 元"), report.description());
    }

    /**
     * A line retired (撤销) counts in a month it served on any day of (Default ANY_DAY), and in none after:
     * A2 retired from 2025-12-15 still counts in December (5,000 + 3,000 = 8,000 → 3% = 240.00); retired
     * from 2025-12-01 it does not (5,000 → 150.00); under WHOLE_MONTH the mid-December retirement drops it too (150.00).
     */
    @Test
    void aRetiredLineCountsOnlyInTheMonthsItServed() {
        ExtranetRecords midMonth = ExtranetRecords.builder()
                .line(line("A1", "旗政府办", "5000.00", 1L, "2025-01-01", null))
                .line(line("A2", "乌兰镇", "3000.00", 1L, "2025-01-01", "2025-12-15"))
                .report(new ReportSubmission("R1", H2_2025, LocalDate.of(2026, 1, 8))).build();
        assertEquals(new BigDecimal("240.00"), assess(SCHEME, midMonth, A_2025).total());
        ExtranetRecords monthStart = ExtranetRecords.builder()
                .line(line("A1", "旗政府办", "5000.00", 1L, "2025-01-01", null))
                .line(line("A2", "乌兰镇", "3000.00", 1L, "2025-01-01", "2025-12-01"))
                .report(new ReportSubmission("R1", H2_2025, LocalDate.of(2026, 1, 8))).build();
        assertEquals(new BigDecimal("150.00"), assess(SCHEME, monthStart, A_2025).total());

        ExtranetSchemeParameters wholeMonth = new ExtranetSchemeCodec().decode(jakarta.json.Json.createObjectBuilder(
                new ExtranetSchemeCodec().encode(SCHEME)).add("lineMonthBasis", "WHOLE_MONTH").build());
        assertEquals(new BigDecimal("150.00"), assess(wholeMonth, midMonth, A_2025).total());

        ExtranetLine retired = midMonth.lines().get(1);
        assertTrue(retired.inServiceOn(LocalDate.of(2025, 12, 14)));
        assertFalse(retired.inServiceOn(LocalDate.of(2025, 12, 15)));
        assertFalse(retired.countsIn(YearMonth.of(2026, 1), LineMonthBasis.ANY_DAY));
    }

    /**
     * 「扣除运营商 1 个月总网费」 takes the total of the month the backbone failure was reported in:
     * reported 2025-08-04 09:00, restored 15:00 (6 h > 4 h, the table's limit). A1 5,000 is in service;
     * A2 3,000 only from 2025-09-01; B1 is operator B's: 1 month × 5,000.00 = 5,000.00.
     */
    @Test
    void theBackboneFailureTakesTheMonthOfTheFailure() {
        ExtranetRecords records = ExtranetRecords.builder()
                .line(line("A1", "旗政府办", "5000.00", 1L, "2025-01-01", null))
                .line(line("A2", "乌兰镇", "3000.00", 1L, "2025-09-01", null))
                .line(line("B1", "棋盘井镇", "6000.00", 2L, "2025-01-01", null))
                .backboneFailure(new BackboneFailure("B-1", at("2025-08-04T09:00"), at("2025-08-04T09:30"), at("2025-08-04T15:00")))
                .report(new ReportSubmission("R1", H2_2025, LocalDate.of(2026, 1, 5))).build();
        TraceLine backbone = assess(SCHEME, records, A_2025).lines().get(0);
        assertEquals(ExtranetRule.BACKBONE_FAILURE.name(), backbone.ruleCode());
        assertEquals(new BigDecimal("5000.00"), backbone.amount());
        assertEquals(List.of("B-1", "A1"), backbone.recordIds());
    }

    /** Another contract's line and its fault belong to that contract's sheet, not to this one. */
    @Test
    void anotherContractsFaultIsNotOnThisSheet() {
        ExtranetRecords records = ExtranetRecords.builder()
                .line(line("A1", "旗政府办", "5000.00", 1L, "2025-01-01", null))
                .line(line("B1", "棋盘井镇", "6000.00", 2L, "2025-01-01", null))
                .fault(new LineFault("F-B", "B1", at("2025-09-01T09:00"), null, at("2025-09-03T09:00"), at("2025-09-03T09:00")))
                .exemption(new ForceMajeureExemption("F-B", ForceMajeureCause.NATURAL_DISASTER, "暴雨"))
                .report(new ReportSubmission("R1", H2_2025, LocalDate.of(2026, 1, 5))).build();
        assertEquals(List.of(), assess(SCHEME, records, A_2025).lines());
        // Without a covering contract the whole book is read, as before: B1's late repair is charged, exempted.
        assertTrue(assess(SCHEME, records, null).lines().stream().anyMatch(l -> l.recordIds().get(0).equals("F-B") && l.exempted()));
    }

    /**
     * Item 10, 三、(二) 「对责任单位（或责任人）按规扣除本年度网络租赁费用」 with
     * {@code illegalConnectionYearBasis} CONTRACT_MONTHS_IN_YEAR: contract 2025-07-01 … 2026-06-30; 乌兰镇's
     * L3 1,200 is leased July–December 2025 = 6 months, L4 800 retired from 2025-11-01 = July–October = 4
     * months: 6 × 1,200 + 4 × 800 = 7,200 + 3,200 = 10,400.00 (FIXED_MONTHS, the Default of versions naming
     * no basis: (1,200 + 800) × 12 = 24,000.00). Charged to the operator it is the deduction; charged to
     * the responsible unit it is shown at 0.00 with the unit's 10,400.00 in words.
     */
    @Test
    void anIllegalConnectionCostsTheContractsMonthsInTheYearChargedToWhoIsResponsible() {
        CoveringContract fromJuly = contract(1, "2025-07-01", "2026-06-30");
        ExtranetSchemeParameters contractMonths = SCHEME.withIllegalConnectionYearBasis(AnnualLeaseBasis.CONTRACT_MONTHS_IN_YEAR);
        ExtranetRecords.Builder book = ExtranetRecords.builder()
                .line(line("L1", "旗政府办", "500.00", 1L, "2025-07-01", null))
                .line(line("L3", "乌兰镇", "1200.00", 1L, "2025-07-01", null))
                .line(line("L4", "乌兰镇", "800.00", 1L, "2025-07-01", "2025-11-01"))
                .report(new ReportSubmission("R1", H2_2025, LocalDate.of(2026, 1, 5)));

        ExtranetRecords operator = book.illegalConnection(new IllegalConnection("X1", "乌兰镇", LocalDate.of(2025, 9, 10),
                "外网终端私接无线路由器", ChargedParty.OPERATOR)).build();
        TraceLine charged = assess(contractMonths, operator, fromJuly).lines().get(0);
        assertEquals(new BigDecimal("10400.00"), charged.amount());
        assertEquals(List.of("X1", "L3", "L4"), charged.recordIds());
        assertTrue(charged.description().contains("L3 6 个月 × 1200.00 元 + L4 4 个月 × 800.00 元 = 10400.00 元，由运营商承担"),
                charged.description());
        assertEquals(new BigDecimal("24000.00"), assess(SCHEME, operator, fromJuly).total());

        ExtranetRecords unit = ExtranetRecords.builder()
                .line(line("L3", "乌兰镇", "1200.00", 1L, "2025-07-01", null))
                .line(line("L4", "乌兰镇", "800.00", 1L, "2025-07-01", "2025-11-01"))
                .illegalConnection(new IllegalConnection("X2", "乌兰镇", LocalDate.of(2025, 9, 10), "私接", ChargedParty.RESPONSIBLE_UNIT))
                .report(new ReportSubmission("R1", H2_2025, LocalDate.of(2026, 1, 5))).build();
        ExtranetAssessmentResult toUnit = assess(contractMonths, unit, fromJuly);
        assertEquals(new BigDecimal("0.00"), toUnit.total());
        assertTrue(toUnit.lines().get(0).description().contains("10400.00 元，由责任单位承担，不从运营商尾款扣除"),
                toUnit.lines().get(0).description());
    }
}
