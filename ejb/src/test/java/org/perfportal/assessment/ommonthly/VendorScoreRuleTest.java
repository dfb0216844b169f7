package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;

class VendorScoreRuleTest {

    private final VendorScoreRule rule = new VendorScoreRule(PARAMS);

    /** A unit whose whole score sits in one part, enough to test the vendor arithmetic. */
    private static UnitScore unit(String id, String total) {
        TracedValue part = TracedValue.sumOf(List.of(TraceLine.of("T", "test", "test", Measure.POINTS, dec(total), List.of())));
        TracedValue zero = TracedValue.sumOf(List.of());
        return new UnitScore(id, part, zero, zero, zero);
    }

    private static DeductionItem item(String id, DeductionKind kind, String points) {
        return new DeductionItem(id, kind, dec(points), "reason", "U1", null);
    }

    @Test
    void deductionItemsComeOffTheVendorMeanNotOffAUnit() {
        var units = List.of(unit("U1", "90"), unit("U2", "80"), unit("U3", "70"));
        // mean (90 + 80 + 70) / 3 = 80, minus 5 (complaint about U1) = 75
        // (off U1 instead it would be (85 + 80 + 70) / 3 = 78.33)
        TracedValue score = rule.score(units, List.of(item("D1", DeductionKind.RESPONSIBLE_COMPLAINT, "5")), Exemptions.none());
        assertEquals(dec("75.00"), rule.publish(score));
    }

    @Test
    void publishedScoreIsRoundedHalfUpOnlyAtTheEnd() {
        var units = List.of(unit("U1", "90"), unit("U2", "90"), unit("U3", "89.985"));
        // (90 + 90 + 89.985) / 3 = 89.995 → 90.00 (HALF_UP)
        assertEquals(dec("90.00"), rule.publish(rule.score(units, List.of(), Exemptions.none())));
    }

    @Test
    void vendorScoreFloorsAtZero() {
        var units = List.of(unit("U1", "15"));
        var items = List.of(item("D1", DeductionKind.CRITICISM_PROVINCE_OR_ABOVE, "10"),
                item("D2", DeductionKind.NON_COOPERATION, "10"));
        // 15 - 10 - 10 = -5 → floor 0
        assertEquals(dec("0.00"), rule.publish(rule.score(units, items, Exemptions.none())));
    }

    @Test
    void exemptedDeductionItemStaysVisibleAtZero() {
        TracedValue score = rule.score(List.of(unit("U1", "88")), List.of(item("D1", DeductionKind.CHANGE_NOT_REPORTED, "5")),
                new Exemptions(Map.of("D1", "approved by 组长")));
        // 88 - 0 (exempted) = 88
        assertEquals(dec("88.00"), rule.publish(score));
        assertTrue(score.lines().get(1).exempted());
    }

    @Test
    void pointsOutsideTheKindsRangeAreRefused() {
        var units = List.of(unit("U1", "90"));
        assertThrows(IllegalArgumentException.class,
                () -> rule.score(units, List.of(item("D1", DeductionKind.CRITICISM_CITY, "7")), Exemptions.none()));
        assertThrows(IllegalArgumentException.class,
                () -> rule.score(units, List.of(item("D2", DeductionKind.RESPONSIBLE_COMPLAINT, "11")), Exemptions.none()));
    }

    @Test
    void meanKeepsTheUnitsBehindIt() {
        TracedValue score = rule.score(List.of(unit("U1", "90"), unit("U2", "80")), List.of(), Exemptions.none());
        assertEquals(List.of("U1", "U2"), score.lines().get(0).recordIds());
        assertEquals(0, BigDecimal.valueOf(85).compareTo(score.value()));
    }
}
