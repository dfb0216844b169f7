package org.perfportal.assessment.egovannual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.perfportal.shared.InvalidFieldException;

class EgovAnnualSchemeParametersTest {

    private static final EgovAnnualSchemeParameters SCHEME = EgovAnnualSchemeParameters.template2025();

    private static BigDecimal sum(IndicatorSet set, boolean bonus) {
        return set.indicators().stream().filter(i -> i.heading().isBonus() == bonus)
                .map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void bothDefaultSetsCoverTheSixHeadingsWithRegularWeightsOfExactly100() {
        for (UnitCategory category : UnitCategory.values()) {
            IndicatorSet set = SCHEME.indicatorSets().get(category);
            assertEquals(category, set.category());
            assertEquals(EnumSet.allOf(Heading.class),
                    set.indicators().stream().map(Indicator::heading).collect(Collectors.toCollection(() -> EnumSet.noneOf(Heading.class))));
            assertEquals(0, sum(set, false).compareTo(BigDecimal.valueOf(100)), category + " regular");
            // bonus indicators 3 + 3 = 6 may exceed the cap of 5: the cap matters.
            assertEquals(0, sum(set, true).compareTo(BigDecimal.valueOf(6)), category + " bonus");
            assertEquals(0, set.bonusCap().compareTo(BigDecimal.valueOf(5)));
        }
    }

    @Test
    void aSetWhoseRegularWeightsDoNotAddUpTo100IsRefused() {
        // 40 + 59 = 99.
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> new IndicatorSet(
                UnitCategory.COUNTY_DISTRICT,
                List.of(indicator("ZZ-01", Heading.ORGANIZATION, 40), indicator("AQ-01", Heading.INFORMATION_SECURITY, 59)),
                BigDecimal.ONE));
        assertEquals("indicators", refused.field());
    }

    @Test
    void aBonusCapOfZeroOrLessIsRefused() {
        List<Indicator> hundred = List.of(indicator("ZZ-01", Heading.ORGANIZATION, 40),
                indicator("AQ-01", Heading.INFORMATION_SECURITY, 60));
        for (BigDecimal cap : List.of(BigDecimal.ZERO, new BigDecimal("-1"))) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                    () -> new IndicatorSet(UnitCategory.COUNTY_DISTRICT, hundred, cap));
            assertEquals("bonusCap", refused.field());
        }
    }

    @Test
    void aDuplicateCodeOrANonPositiveWeightIsRefusedNamingTheIndicator() {
        InvalidFieldException duplicate = assertThrows(InvalidFieldException.class, () -> new IndicatorSet(
                UnitCategory.COUNTY_DISTRICT,
                List.of(indicator("ZZ-01", Heading.ORGANIZATION, 40), indicator("ZZ-01", Heading.INFORMATION_SECURITY, 60)),
                BigDecimal.ONE));
        assertEquals("indicators[ZZ-01].code", duplicate.field());
        InvalidFieldException zero = assertThrows(InvalidFieldException.class,
                () -> indicator("JF-01", Heading.BONUS, 0));
        assertEquals("indicators[JF-01].weight", zero.field());
    }

    static Indicator indicator(String code, Heading heading, int weight) {
        return new Indicator(code, heading, code + " name", BigDecimal.valueOf(weight), "guidance");
    }
}
