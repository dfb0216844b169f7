package org.perfportal.assessment.ommonthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.assessment.ommonthly.OmFixtures.JUNE;
import static org.perfportal.assessment.ommonthly.OmFixtures.PARAMS;
import static org.perfportal.assessment.ommonthly.OmFixtures.at;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class OmSchemeParametersTest {

    @Test
    void assessmentMonthRunsFromTheTenthToTheTenthInShanghai() {
        // DOMAIN §2 Default: 2026-06-10T00:00 … 2026-07-10T00:00 Asia/Shanghai
        assertEquals(at("2026-06-10T00:00"), JUNE.start());
        assertEquals(at("2026-07-10T00:00"), JUNE.end());
        assertEquals("2026-06-09T16:00:00Z", JUNE.start().toString());
    }

    @Test
    void partsAddUpToOneHundred() {
        // 30 + 30 + 30 + 10 = 100
        assertEquals(0, BigDecimal.valueOf(100).compareTo(PARAMS.satisfactionPoints().add(PARAMS.routinePoints())
                .add(PARAMS.anomalyPoints()).add(PARAMS.documentsPoints())));
    }

    @Test
    void inconsistentSatisfactionWeightsAreRefused() {
        OmSchemeParameters p = PARAMS;
        assertThrows(IllegalArgumentException.class, () -> new OmSchemeParameters(p.satisfactionPoints(),
                p.routinePoints(), p.anomalyPoints(), p.documentsPoints(), 4, p.satisfactionItemPoints(),
                p.satisfactionFactors(), p.routine(), p.faultLimits(), p.vulnerabilityLimits(), p.deductionRanges(),
                p.gradeBands(), p.penaltyTariffs(), true, p.paymentTerms(), p.monthStartDay(), p.zone(), p.scoreScale()));
    }
}
