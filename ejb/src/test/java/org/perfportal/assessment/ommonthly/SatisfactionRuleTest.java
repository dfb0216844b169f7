package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;
import static org.perfportal.assessment.ommonthly.SatisfactionLevel.AVERAGE;
import static org.perfportal.assessment.ommonthly.SatisfactionLevel.BASICALLY_SATISFIED;
import static org.perfportal.assessment.ommonthly.SatisfactionLevel.DISSATISFIED;
import static org.perfportal.assessment.ommonthly.SatisfactionLevel.SATISFIED;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.perfportal.assessment.TracedValue;

class SatisfactionRuleTest {

    private final SatisfactionRule rule = new SatisfactionRule(PARAMS);

    @Test
    void missingFormCountsAsFullySatisfied() {
        TracedValue score = rule.score(Optional.empty());
        // 逾期未报送，视为满意 → 30
        assertEquals(0, dec("30").compareTo(score.value()));
        assertEquals("SAT-NOT-SUBMITTED", score.lines().get(0).ruleCode());
    }

    @Test
    void eachItemEarnsSixPointsTimesItsRatingFactor() {
        var form = new SatisfactionForm("F1", List.of(SATISFIED, BASICALLY_SATISFIED, AVERAGE, DISSATISFIED, SATISFIED), false);
        // 6×1.0 + 6×0.8 + 6×0.6 + 6×0 + 6×1.0 = 6 + 4.8 + 3.6 + 0 + 6 = 20.4
        TracedValue score = rule.score(Optional.of(form));
        assertEquals(0, dec("20.4").compareTo(score.value()));
        assertEquals(5, score.lines().size());
    }

    @Test
    void accidentIsTracedWithoutPoints() {
        var form = new SatisfactionForm("F2", List.of(SATISFIED, SATISFIED, SATISFIED, SATISFIED, SATISFIED), true);
        TracedValue score = rule.score(Optional.of(form));
        // 5 × 6 = 30, the accident line adds 0
        assertEquals(0, dec("30").compareTo(score.value()));
        assertEquals("SAT-ACCIDENT", score.lines().get(5).ruleCode());
    }

    @Test
    void refusesAFormWithTheWrongNumberOfItems() {
        var form = new SatisfactionForm("F3", List.of(SATISFIED), false);
        assertThrows(IllegalArgumentException.class, () -> rule.score(Optional.of(form)));
    }
}
