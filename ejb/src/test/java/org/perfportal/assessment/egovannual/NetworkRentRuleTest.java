package org.perfportal.assessment.egovannual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;
import org.perfportal.shared.InvalidFieldException;

class NetworkRentRuleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final NetworkRentRule RULE = new NetworkRentRule(EgovAnnualSchemeParameters.template2025());
    private static final YearMonth MARCH = YearMonth.of(2025, 3);
    private static final BigDecimal RENT = new BigDecimal("20000.00");

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse("2025-03-03T" + localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static MaintenanceIncident city(String id, String arrived, String... reminders) {
        return new MaintenanceIncident(id, "市财政局", NetworkLocation.CITY, at("09:00"),
                arrived == null ? null : at(arrived), List.of(reminders).stream().map(NetworkRentRuleTest::at).toList());
    }

    /** City incident I1 reported 09:00, nobody came before 12:00, urged at 09:30, 10:00, 10:30. */
    private static final MaintenanceIncident URGED_THREE_TIMES = city("I1", "12:00", "09:30", "10:00", "10:30");

    private static RentDeduction deduction(RentDeductionGround ground, String percentage) {
        return new RentDeduction("D1", "I1", ground, new BigDecimal(percentage), "维修单核实");
    }

    private static TracedValue march(BigDecimal rent, MaintenanceIncident incident, RentDeduction... deductions) {
        return RULE.monthDeductions(new RentMonth(MARCH, rent, List.of(incident), List.of(deductions)));
    }

    private static void assertYuan(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    @Test
    void arrivingExactlyAtTheLimitIsOnTime() {
        // City: 09:00 + 1 h = 10:00 on time, 10:00:01 late. Township: 09:00 + 3 h = 12:00 on time.
        assertTrue(RULE.arrivedOnTime(city("I1", "10:00")));
        assertFalse(RULE.arrivedOnTime(city("I1", "10:00:01")));
        assertTrue(RULE.arrivedOnTime(new MaintenanceIncident("I2", "崆峒区峡门乡", NetworkLocation.TOWNSHIP,
                at("09:00"), at("12:00"), List.of())));
        assertFalse(RULE.arrivedOnTime(city("I1", null)));
    }

    @Test
    void threeRemindersBeforeArrivalAreNeeded() {
        assertTrue(RULE.noArrivalDeductionDue(URGED_THREE_TIMES));
        assertTrue(RULE.noArrivalDeductionDue(city("I1", null, "09:30", "10:00", "10:30")));
        // Two reminders: late, but no deduction is due, and one entered anyway is refused.
        MaintenanceIncident twice = city("I1", "12:00", "09:30", "10:00");
        assertFalse(RULE.noArrivalDeductionDue(twice));
        assertEquals("incidentId", assertThrows(InvalidFieldException.class,
                () -> march(RENT, twice, deduction(RentDeductionGround.NO_ARRIVAL_AFTER_REMINDERS, "5"))).field());
        // A reminder after the arrival does not count: 2 before 12:00.
        assertFalse(RULE.noArrivalDeductionDue(city("I1", "12:00", "09:30", "10:00", "12:30")));
        // Three reminders but on time (10:00): nothing due.
        assertFalse(RULE.noArrivalDeductionDue(city("I1", "10:00", "09:10", "09:20", "09:30")));
    }

    @Test
    void aMissedArrivalCostsFiveToTenPercentEdgesIncluded() {
        // 5% of 20,000.00 = 1,000.00; 10% = 2,000.00.
        TracedValue five = march(RENT, URGED_THREE_TIMES, deduction(RentDeductionGround.NO_ARRIVAL_AFTER_REMINDERS, "5"));
        assertYuan("1000.00", five.value());
        TraceLine line = five.lines().get(0);
        assertEquals("PL-RENT-NO_ARRIVAL_AFTER_REMINDERS", line.ruleCode());
        assertEquals(Measure.YUAN, line.measure());
        assertEquals(List.of("D1", "I1"), line.recordIds());
        assertYuan("2000.00", march(RENT, URGED_THREE_TIMES,
                deduction(RentDeductionGround.NO_ARRIVAL_AFTER_REMINDERS, "10")).value());
        for (String outside : new String[] {"4.99", "10.01"}) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> march(RENT, URGED_THREE_TIMES,
                    deduction(RentDeductionGround.NO_ARRIVAL_AFTER_REMINDERS, outside)));
            assertEquals("percentage", refused.field(), outside);
        }
    }

    @Test
    void faultsCostTenToThirtyPercentEdgesIncluded() {
        // 10% of 20,000.00 = 2,000.00; 30% = 6,000.00; for both fault grounds.
        MaintenanceIncident onTime = city("I1", "09:40");
        for (RentDeductionGround ground : List.of(RentDeductionGround.VIOLATION_CAUSING_SERIOUS_OR_REPEATED_FAULTS,
                RentDeductionGround.FAULT_CAUSED_BY_NETWORK)) {
            assertYuan("2000.00", march(RENT, onTime, deduction(ground, "10")).value());
            assertYuan("6000.00", march(RENT, onTime, deduction(ground, "30")).value());
            for (String outside : new String[] {"9.99", "30.01"}) {
                assertEquals("percentage", assertThrows(InvalidFieldException.class,
                        () -> march(RENT, onTime, deduction(ground, outside))).field(), ground + " " + outside);
            }
        }
    }

    @Test
    void aDeductionWithoutAReasonIsRefused() {
        RentDeduction bare = new RentDeduction("D1", "I1", RentDeductionGround.FAULT_CAUSED_BY_NETWORK, BigDecimal.TEN, " ");
        assertEquals("reason", assertThrows(InvalidFieldException.class, () -> march(RENT, city("I1", "09:40"), bare)).field());
    }

    @Test
    void aMonthsDeductionsAreCappedAtItsRent() {
        // Rent 1,000.00: 30% + 30% + 30% + 30% = 1,200.00 > 1,000.00 -> cap line -200.00, total 1,000.00.
        MaintenanceIncident incident = city("I1", "09:40");
        RentDeduction[] four = new RentDeduction[4];
        for (int i = 0; i < 4; i++) {
            four[i] = new RentDeduction("D" + i, "I1", RentDeductionGround.VIOLATION_CAUSING_SERIOUS_OR_REPEATED_FAULTS,
                    BigDecimal.valueOf(30), "屡次故障");
        }
        TracedValue capped = march(new BigDecimal("1000.00"), incident, four);
        assertYuan("1000.00", capped.value());
        TraceLine cap = capped.lines().get(4);
        assertEquals("PL-RENT-CAP", cap.ruleCode());
        assertYuan("-200.00", cap.amount());
    }

    @Test
    void theQuarterPaysThreeMonthsRentLessTheMonthlyDeductions() {
        // Rent 12,345.67 a month -> Σ rent = 37,037.01.
        // Feb: I1 reported 02-10 09:00, urged 09:30/10:00/10:30, arrived 12:00 -> missed arrival 7.5% -> 925.92525; Mar: fault caused by the network 12.5% -> 1,543.20875.
        // Σ deductions = 2,469.134 -> 2,469.13; payable = 37,037.01 - 2,469.134 = 34,567.876 -> 34,567.88 (HALF_UP, last step).
        BigDecimal rent = new BigDecimal("12345.67");
        RentMonth january = new RentMonth(YearMonth.of(2025, 1), rent, List.of(), List.of());
        Instant reported = LocalDateTime.parse("2025-02-10T09:00").atZone(SHANGHAI).toInstant();
        MaintenanceIncident februaryIncident = new MaintenanceIncident("I1", "市财政局", NetworkLocation.CITY, reported,
                reported.plusSeconds(3 * 3600), List.of(reported.plusSeconds(1800), reported.plusSeconds(3600), reported.plusSeconds(5400)));
        RentMonth february = new RentMonth(YearMonth.of(2025, 2), rent, List.of(februaryIncident),
                List.of(new RentDeduction("D1", "I1", RentDeductionGround.NO_ARRIVAL_AFTER_REMINDERS, new BigDecimal("7.5"), "督促三次未到")));
        RentMonth march = new RentMonth(MARCH, rent, List.of(city("I2", "09:30")),
                List.of(new RentDeduction("D2", "I2", RentDeductionGround.FAULT_CAUSED_BY_NETWORK, new BigDecimal("12.5"), "线路故障")));

        QuarterSettlement settlement = RULE.settle(List.of(march, january, february));

        assertEquals(2025, settlement.year());
        assertEquals(1, settlement.quarter());
        assertYuan("37037.01", settlement.rent().value());
        assertEquals(3, settlement.rent().lines().size());
        assertEquals(new BigDecimal("2469.13"), settlement.deductionTotal());
        assertEquals(new BigDecimal("34567.88"), settlement.payable());
        assertEquals(List.of("D1", "D2"), settlement.deductions().lines().stream().map(l -> l.recordIds().get(0)).toList());
    }

    @Test
    void anIncidentReportedInAnotherMonthIsRefused() {
        RentMonth february = new RentMonth(YearMonth.of(2025, 2), RENT, List.of(city("I1", "09:40")), List.of());
        assertEquals("incidents", assertThrows(InvalidFieldException.class, () -> RULE.monthDeductions(february)).field());
    }

    @Test
    void aSettlementCoversTheThreeMonthsOfOneQuarter() {
        List<RentMonth> straddling = List.of(2, 3, 4).stream()
                .map(m -> new RentMonth(YearMonth.of(2025, m), RENT, List.of(), List.of())).toList();
        assertEquals("months", assertThrows(InvalidFieldException.class, () -> RULE.settle(straddling)).field());
    }
}
