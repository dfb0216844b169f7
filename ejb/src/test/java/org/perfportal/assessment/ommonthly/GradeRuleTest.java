package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.dec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GradeRuleTest {

    private final GradeRule rule = new GradeRule(PARAMS);

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
            // 附件3 七: 90 分以上（含 90）优秀; 80—89 良好 5%; 70—79 一般 20%; 70 分以下 较差 100%
            "100.00, EXCELLENT, 0.00",
            "90.00, EXCELLENT, 0.00",
            "89.99, GOOD, 0.05",
            "80.00, GOOD, 0.05",
            "79.99, FAIR, 0.20",
            "70.00, FAIR, 0.20",
            "69.99, POOR, 1.00",
            "0.00, POOR, 1.00",
    })
    void bandsByPublishedScore(String score, Grade grade, String rate) {
        GradeBand band = rule.bandFor(dec(score));
        assertEquals(grade, band.grade());
        assertEquals(dec(rate), band.feeDeductionRate());
    }

    @Test
    void fairAndPoorOweARectificationReport() {
        assertEquals(false, rule.bandFor(dec("85.00")).rectificationReportRequired());
        assertEquals(true, rule.bandFor(dec("75.00")).rectificationReportRequired());
        assertEquals(true, rule.bandFor(dec("50.00")).rectificationReportRequired());
    }

    @Test
    void negativeScoreIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> rule.bandFor(dec("-0.01")));
    }
}
