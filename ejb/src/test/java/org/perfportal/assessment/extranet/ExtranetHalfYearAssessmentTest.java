package org.perfportal.assessment.extranet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.calendar.BusinessCalendar;

class ExtranetHalfYearAssessmentTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final HalfYear H1_2025 = new HalfYear(2025, HalfYear.Half.H1);
    private static final HalfYear H2_2025 = new HalfYear(2025, HalfYear.Half.H2);
    private static final BusinessCalendar CALENDAR = BusinessCalendar.chinaOfficial();
    private static final ExtranetSchemeParameters SCHEME = ExtranetSchemeParameters.template2025();

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static ExtranetLine line(String id, String unit, LocationClass location, String fee) {
        return new ExtranetLine(id, unit, location, "100M", new BigDecimal(fee));
    }

    private static ExtranetAssessmentResult assess(ExtranetSchemeParameters scheme, HalfYear period, ExtranetRecords records) {
        return new ExtranetHalfYearAssessment(scheme, CALENDAR).assess(period, records, at("2026-01-10T12:00"));
    }

    private static void assertYuan(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual);
    }

    private static ExtranetRule rule(TraceLine line) {
        return ExtranetRule.valueOf(line.ruleCode());
    }

    /** The record behind a sheet line: the first of its record ids. */
    private static String recordId(TraceLine line) {
        return line.recordIds().get(0);
    }

    @Test
    void exactlySixHoursAtABannerOrganIsOnTimeAndOneMinuteMoreIsLate() {
        ExtranetLine banner = line("L1", "旗政府办", LocationClass.BANNER_ORGAN, "1000.00");
        Instant reported = at("2025-03-03T09:00");
        ExtranetRecords onTime = ExtranetRecords.builder().line(banner)
                .fault(new LineFault("F1", "L1", reported, at("2025-03-03T10:00"), at("2025-03-03T14:50"), at("2025-03-03T15:00")))
                .report(new ReportSubmission("R1", H1_2025, LocalDate.of(2025, 7, 1))).build();
        assertEquals(List.of(), assess(SCHEME, H1_2025, onTime).lines());

        // 09:00 + 6 h = 15:00; confirmed 15:01 -> late -> one month of L1 = 1,000.00.
        ExtranetRecords late = ExtranetRecords.builder().line(banner)
                .fault(new LineFault("F1", "L1", reported, at("2025-03-03T10:00"), at("2025-03-03T15:00"), at("2025-03-03T15:01")))
                .report(new ReportSubmission("R1", H1_2025, LocalDate.of(2025, 7, 1))).build();
        ExtranetAssessmentResult result = assess(SCHEME, H1_2025, late);
        assertEquals(1, result.lines().size());
        TraceLine deduction = result.lines().get(0);
        assertEquals(ExtranetRule.FAULT_LATE_REPAIR.name(), deduction.ruleCode());
        assertEquals(Measure.YUAN, deduction.measure());
        assertEquals(List.of("F1", "L1"), deduction.recordIds());
        assertTrue(deduction.clause().startsWith("三、(二) 网络故障"));
        assertTrue(deduction.description().contains("2025-03-03 15:01"), deduction.description());
        assertYuan("1000.00", result.total());
    }

    @Test
    void aFaultAcrossTheHalfYearBoundaryCountsWhereItsDeadlinePasses() {
        ExtranetLine banner = line("L1", "旗政府办", LocationClass.BANNER_ORGAN, "1000.00");
        // A: reported 06-30 20:00, deadline 07-01 02:00 (H2), confirmed 07-01 03:00 -> H2, 1,000.00.
        // B: reported 06-30 10:00, deadline 06-30 16:00 (H1), confirmed 07-01 09:00 -> H1, 1,000.00.
        ExtranetRecords records = ExtranetRecords.builder().line(banner)
                .fault(new LineFault("A", "L1", at("2025-06-30T20:00"), at("2025-06-30T21:00"), null, at("2025-07-01T03:00")))
                .fault(new LineFault("B", "L1", at("2025-06-30T10:00"), at("2025-06-30T11:00"), null, at("2025-07-01T09:00")))
                .report(new ReportSubmission("R1", H1_2025, LocalDate.of(2025, 7, 5)))
                .report(new ReportSubmission("R2", H2_2025, LocalDate.of(2026, 1, 5))).build();
        ExtranetAssessmentResult h1 = assess(SCHEME, H1_2025, records);
        ExtranetAssessmentResult h2 = assess(SCHEME, H2_2025, records);
        assertEquals(List.of("B"), h1.lines().stream().map(ExtranetHalfYearAssessmentTest::recordId).toList());
        assertEquals(List.of("A"), h2.lines().stream().map(ExtranetHalfYearAssessmentTest::recordId).toList());
        assertYuan("1000.00", h1.total());
        assertYuan("1000.00", h2.total());
    }

    @Test
    void relocationOverNationalDay2025CountsWorkingDaysOnTheCalendar() {
        ExtranetLine sumu = line("L4", "木凯淖尔镇", LocationClass.SUMU_TOWN, "1200.00");
        // Move ends Fri 2025-09-26. Working days after it: Sun 09-28 make-up (1), 09-29 (2), 09-30 (3),
        // 10-01..08 off, 10-09 (4), 10-10 (5), Sat 10-11 make-up (6), 10-13..17 (11), 10-20..23 (15)
        // -> deadline Thu 2025-10-23. Counting weekdays only would give 10-17.
        LocalDate moveEnd = LocalDate.of(2025, 9, 26);
        for (String restored : List.of("2025-10-20", "2025-10-23")) {
            ExtranetRecords onTime = ExtranetRecords.builder().line(sumu)
                    .relocation(new LineRelocation("M1", "L4", moveEnd, LocalDate.parse(restored)))
                    .report(new ReportSubmission("R2", H2_2025, LocalDate.of(2026, 1, 5))).build();
            assertEquals(List.of(), assess(SCHEME, H2_2025, onTime).lines(), restored);
        }
        ExtranetRecords late = ExtranetRecords.builder().line(sumu)
                .relocation(new LineRelocation("M1", "L4", moveEnd, LocalDate.of(2025, 10, 24)))
                .report(new ReportSubmission("R2", H2_2025, LocalDate.of(2026, 1, 5))).build();
        ExtranetAssessmentResult result = assess(SCHEME, H2_2025, late);
        assertEquals(ExtranetRule.RELOCATION_LATE, rule(result.lines().get(0)));
        assertTrue(result.lines().get(0).description().contains("2025-10-23"));
        assertTrue(result.lines().get(0).description().contains("16 个工作日"));
        assertYuan("1200.00", result.total());
    }

    @Test
    void onlyTheLargestRuleAppliesToOneFaultUnlessTheSchemeAddsThemUp() {
        ExtranetLine village = line("L5", "苏米图嘎查", LocationClass.GACHA_VILLAGE, "800.00");
        // Reported 03-01 08:00, confirmed 04-05 08:00: late repair (48 h, 03-03 08:00), out over 7 days
        // (03-08 08:00) and unrepaired a month (04-01 08:00) all apply.
        ExtranetRecords records = ExtranetRecords.builder().line(village)
                .fault(new LineFault("F9", "L5", at("2025-03-01T08:00"), at("2025-03-01T10:00"), null, at("2025-04-05T08:00")))
                .report(new ReportSubmission("R1", H1_2025, LocalDate.of(2025, 7, 5))).build();

        // Largest only: 12 × 800 = 9,600.00 (not 800 + 800 + 9,600).
        ExtranetAssessmentResult largest = assess(SCHEME, H1_2025, records);
        assertEquals(1, largest.lines().size());
        assertEquals(ExtranetRule.FAULT_UNREPAIRED_FOR_A_MONTH, rule(largest.lines().get(0)));
        assertTrue(largest.lines().get(0).description().contains("未叠加"));
        assertYuan("9600.00", largest.total());

        // Added up: 800 + 800 + 9,600 = 11,200.00 in three lines.
        ExtranetAssessmentResult added = assess(SCHEME.withFaultRuleCombination(FaultRuleCombination.ADD_UP), H1_2025, records);
        assertEquals(3, added.lines().size());
        assertYuan("11200.00", added.total());
    }

    @Test
    void lateRepairAndLongOutageOfEqualAmountYieldOneMonth() {
        ExtranetLine village = line("L5", "苏米图嘎查", LocationClass.GACHA_VILLAGE, "800.00");
        // Out 9 days: late repair (1 month) and over 7 days (1 month) tie -> the first missed, 800.00.
        ExtranetRecords records = ExtranetRecords.builder().line(village)
                .fault(new LineFault("F9", "L5", at("2025-03-01T08:00"), at("2025-03-01T10:00"), null, at("2025-03-10T08:00")))
                .report(new ReportSubmission("R1", H1_2025, LocalDate.of(2025, 7, 5))).build();
        ExtranetAssessmentResult result = assess(SCHEME, H1_2025, records);
        assertEquals(List.of(ExtranetRule.FAULT_LATE_REPAIR), result.lines().stream().map(ExtranetHalfYearAssessmentTest::rule).toList());
        assertYuan("800.00", result.total());
    }

    @Test
    void backboneFailureUnderTheTableAndTheTextLimits() {
        ExtranetRecords.Builder lines = ExtranetRecords.builder()
                .line(line("L1", "旗政府办", LocationClass.BANNER_ORGAN, "1000.00"))
                .line(line("L2", "政数局", LocationClass.BANNER_ORGAN, "2000.00"))
                .line(line("L3", "乌兰镇", LocationClass.SUMU_TOWN, "500.00"))
                .report(new ReportSubmission("R1", H1_2025, LocalDate.of(2025, 7, 5)));
        // Total monthly fee 1,000 + 2,000 + 500 = 3,500.00.
        // B1: responded after 1 h 30, restored after 3 h. B2: responded after 30 min, restored after 6 h.
        ExtranetRecords records = lines
                .backboneFailure(new BackboneFailure("B1", at("2025-05-06T10:00"), at("2025-05-06T11:30"), at("2025-05-06T13:00")))
                .backboneFailure(new BackboneFailure("B2", at("2025-05-20T10:00"), at("2025-05-20T10:30"), at("2025-05-20T16:00")))
                .build();

        // Table 1 h / 4 h: B1 misses the response, B2 the restoration -> 2 × 3,500 = 7,000.00.
        ExtranetAssessmentResult table = assess(SCHEME.withBackboneLimits(BackboneLimits.ASSESSMENT_TABLE), H1_2025, records);
        assertEquals(2, table.lines().size());
        assertEquals(List.of("B1", "L1", "L2", "L3"), table.lines().get(0).recordIds());
        assertYuan("7000.00", table.total());

        // Text 2 h / 48 h: both kept -> 0.
        ExtranetAssessmentResult text = assess(SCHEME.withBackboneLimits(BackboneLimits.MEASURES_TEXT), H1_2025, records);
        assertEquals(List.of(), text.lines());
        assertYuan("0.00", text.total());
    }

    @Test
    void reportThreeDaysLateCostsThreePercentOfThePreviousMonthTotalFee() {
        ExtranetRecords.Builder lines = ExtranetRecords.builder()
                .line(line("L1", "旗政府办", LocationClass.BANNER_ORGAN, "1111.11"))
                .line(line("L2", "政数局", LocationClass.BANNER_ORGAN, "1111.11"))
                .line(line("L3", "乌兰镇", LocationClass.SUMU_TOWN, "1111.11"));
        // H1 2025 due 07-05; submitted 07-08 = 3 days late; 3% × 3,333.33 = 99.9999 -> 100.00 (HALF_UP).
        ExtranetAssessmentResult late = assess(SCHEME, H1_2025,
                lines.report(new ReportSubmission("R1", H1_2025, LocalDate.of(2025, 7, 8))).build());
        assertEquals(ExtranetRule.REPORT_LATE, rule(late.lines().get(0)));
        assertYuan("100.00", late.total());

        // Submitted on the 5th itself: on time.
        ExtranetRecords onTime = ExtranetRecords.builder().line(line("L1", "旗政府办", LocationClass.BANNER_ORGAN, "1111.11"))
                .report(new ReportSubmission("R1", H1_2025, LocalDate.of(2025, 7, 5))).build();
        assertEquals(List.of(), assess(SCHEME, H1_2025, onTime).lines());

        // Not submitted, assessed on 2025-07-10: 5 days so far, 5% × 1,111.11 = 55.5555 -> 55.56.
        ExtranetRecords missing = ExtranetRecords.builder().line(line("L1", "旗政府办", LocationClass.BANNER_ORGAN, "1111.11")).build();
        ExtranetAssessmentResult open = new ExtranetHalfYearAssessment(SCHEME, CALENDAR).assess(H1_2025, missing, at("2025-07-10T09:00"));
        assertEquals("report-2025-H1", recordId(open.lines().get(0)));
        assertYuan("55.56", open.total());
    }

    @Test
    void illegalConnectionCostsTheResponsibleUnitsAnnualLeaseFee() {
        // 乌兰镇 has L3 (1,200) and L4 (800): (1,200 + 800) × 12 = 24,000.00; L1 of another unit is not counted.
        ExtranetRecords records = ExtranetRecords.builder()
                .line(line("L1", "旗政府办", LocationClass.BANNER_ORGAN, "500.00"))
                .line(line("L3", "乌兰镇", LocationClass.SUMU_TOWN, "1200.00"))
                .line(line("L4", "乌兰镇", LocationClass.GACHA_VILLAGE, "800.00"))
                .illegalConnection(new IllegalConnection("X1", "乌兰镇", LocalDate.of(2025, 4, 9), "外网终端私接无线路由器", ChargedParty.OPERATOR))
                .report(new ReportSubmission("R1", H1_2025, LocalDate.of(2025, 7, 5))).build();
        ExtranetAssessmentResult result = assess(SCHEME, H1_2025, records);
        assertEquals(List.of("X1", "L3", "L4"), result.lines().get(0).recordIds());
        assertYuan("24000.00", result.total());

        ExtranetRecords unknownUnit = ExtranetRecords.builder().line(line("L1", "旗政府办", LocationClass.BANNER_ORGAN, "500.00"))
                .illegalConnection(new IllegalConnection("X1", "不存在单位", LocalDate.of(2025, 4, 9), "私接", ChargedParty.OPERATOR)).build();
        assertThrows(IllegalArgumentException.class, () -> assess(SCHEME, H1_2025, unknownUnit));
    }

    /**
     * A realistic H2 2025 with six lines, total monthly fee 1,500 + 2,000 + 900 + 900 + 600 + 600 = 6,500.
     * <pre>
     * F1 L1 banner  08-04 09:00 -> 14:30 (5.5 h ≤ 6 h)                  on time        0
     * F2 L3 sumu    09-10 08:00 -> 22:00 (14 h > 12 h)                  late repair  900.00
     * F3 L5 gacha   11-03 10:00, arrived 18:00 (8 h > 6 h)              late arrival   0.00 (recorded)
     *               -> 11-12 10:00 (9 days: late repair and > 7 days)   largest      600.00
     * F4 L6 gacha   07-20 -> 07-25 (late), flood, force majeure         exempted       0.00
     * M1 L2 move ends 09-26, restored 10-20 (deadline 10-23)            on time        0
     * M2 L4 move ends Fri 11-14, deadline Fri 12-05 (15 working days), restored 12-10   900.00
     * B1 backbone 12-02 09:00, responded 09:40, restored 14:00 (5 h > 4 h)           6,500.00
     * R2 report due 2026-01-05, submitted 01-07: 2 days × 1% × 6,500                  130.00
     * A1 ad-hoc inspection 10-15: labels missing in the equipment room                300.00
     * total 900 + 600 + 900 + 6,500 + 130 + 300 = 9,330.00
     * </pre>
     */
    @Test
    void aRealisticHalfYear() {
        ExtranetRecords records = ExtranetRecords.builder()
                .line(line("L1", "旗委办", LocationClass.BANNER_ORGAN, "1500.00"))
                .line(line("L2", "政数局", LocationClass.BANNER_ORGAN, "2000.00"))
                .line(line("L3", "乌兰镇人民政府", LocationClass.SUMU_TOWN, "900.00"))
                .line(line("L4", "木凯淖尔镇人民政府", LocationClass.SUMU_TOWN, "900.00"))
                .line(line("L5", "苏米图嘎查", LocationClass.GACHA_VILLAGE, "600.00"))
                .line(line("L6", "查布嘎查", LocationClass.GACHA_VILLAGE, "600.00"))
                .fault(new LineFault("F1", "L1", at("2025-08-04T09:00"), at("2025-08-04T10:00"), null, at("2025-08-04T14:30")))
                .fault(new LineFault("F2", "L3", at("2025-09-10T08:00"), at("2025-09-10T13:00"), null, at("2025-09-10T22:00")))
                .fault(new LineFault("F3", "L5", at("2025-11-03T10:00"), at("2025-11-03T18:00"), null, at("2025-11-12T10:00")))
                .fault(new LineFault("F4", "L6", at("2025-07-20T06:00"), at("2025-07-20T11:00"), null, at("2025-07-25T18:00")))
                .relocation(new LineRelocation("M1", "L2", LocalDate.of(2025, 9, 26), LocalDate.of(2025, 10, 20)))
                .relocation(new LineRelocation("M2", "L4", LocalDate.of(2025, 11, 14), LocalDate.of(2025, 12, 10)))
                .backboneFailure(new BackboneFailure("B1", at("2025-12-02T09:00"), at("2025-12-02T09:40"), at("2025-12-02T14:00")))
                .report(new ReportSubmission("R2", H2_2025, LocalDate.of(2026, 1, 7)))
                .adHocFinding(new AdHocFinding("A1", LocalDate.of(2025, 10, 15), new BigDecimal("300.00"), "机房设备标签缺失"))
                .exemption(new ForceMajeureExemption("F4", ForceMajeureCause.NATURAL_DISASTER, "7月20日山洪冲断杆路，气象部门预警为证"))
                .build();

        ExtranetAssessmentResult result = assess(SCHEME, H2_2025, records);

        assertYuan("9330.00", result.total());
        assertEquals(8, result.lines().size());
        TraceLine arrival = result.lines().stream().filter(l -> rule(l) == ExtranetRule.FAULT_LATE_ARRIVAL).findFirst().orElseThrow();
        assertEquals("F3", recordId(arrival));
        assertYuan("0.00", arrival.amount());
        assertFalse(arrival.exempted());
        TraceLine exempted = result.lines().stream().filter(TraceLine::exempted).findFirst().orElseThrow();
        assertEquals("F4", recordId(exempted));
        assertEquals(ExtranetRule.FAULT_LATE_REPAIR, rule(exempted));
        assertYuan("0.00", exempted.amount());
        assertTrue(exempted.exemptionReason().contains("自然灾害"));
        assertYuan("6500.00", result.lines().stream().filter(l -> rule(l) == ExtranetRule.BACKBONE_FAILURE)
                .findFirst().orElseThrow().amount());
        assertYuan("130.00", result.lines().stream().filter(l -> rule(l) == ExtranetRule.REPORT_LATE)
                .findFirst().orElseThrow().amount());

        // Nothing of this half-year leaks into H1 (whose report is missing: a separate concern).
        assertTrue(assess(SCHEME, H1_2025, records).lines().stream().allMatch(l -> rule(l) == ExtranetRule.REPORT_LATE));
    }

    @Test
    void recordsAreCheckedAsAWhole() {
        ExtranetLine banner = line("L1", "旗政府办", LocationClass.BANNER_ORGAN, "1000.00");
        assertThrows(IllegalArgumentException.class, () -> line("L0", "x", LocationClass.BANNER_ORGAN, "0"));
        assertThrows(IllegalArgumentException.class, () -> ExtranetRecords.builder().line(banner)
                .fault(new LineFault("F1", "L9", at("2025-03-03T09:00"), null, null, null)).build());
        assertThrows(IllegalArgumentException.class, () -> ExtranetRecords.builder().line(banner)
                .exemption(new ForceMajeureExemption("F1", ForceMajeureCause.GOVERNMENT_ACTION, "道路施工")).build());
        assertThrows(IllegalArgumentException.class, () -> new LineFault("F1", "L1", at("2025-03-03T09:00"), null, null,
                at("2025-03-03T08:00")));
    }

    @Test
    void halfYearsFollowShanghaiDates() {
        assertEquals(H2_2025, HalfYear.containing(Instant.parse("2025-06-30T16:00:00Z"), SHANGHAI));
        assertEquals(H1_2025, HalfYear.containing(Instant.parse("2025-06-30T15:59:59Z"), SHANGHAI));
        assertEquals(LocalDate.of(2025, 7, 5), H1_2025.dayOfFollowingMonth(5));
        assertEquals(LocalDate.of(2026, 1, 5), H2_2025.dayOfFollowingMonth(5));
        assertEquals(LocalDate.of(2025, 12, 31), H2_2025.lastDay());
    }
}
