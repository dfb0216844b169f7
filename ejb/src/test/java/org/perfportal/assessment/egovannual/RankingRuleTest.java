package org.perfportal.assessment.egovannual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.assessment.egovannual.EgovAnnualSchemeParametersTest.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perfportal.shared.InvalidFieldException;

class RankingRuleTest {

    /** A small county set: 组织机构 ZZ-01 40 + 信息安全 AQ-01 60 = 100, bonus JF-01 up to 10, cap 5. */
    private static final IndicatorSet SET = new IndicatorSet(UnitCategory.COUNTY_DISTRICT, List.of(
            indicator("ZZ-01", Heading.ORGANIZATION, 40),
            indicator("AQ-01", Heading.INFORMATION_SECURITY, 60),
            indicator("JF-01", Heading.BONUS, 10)), BigDecimal.valueOf(5));
    private static final RankingRule DEFAULT = new RankingRule(EgovAnnualSchemeParameters.template2025().tieBreaks());

    private static UnitTotal unit(String id, int organization, int security, int bonus) {
        return new AnnualScoreRule().score(SET, new UnitScoreSheet(id, id + "县", UnitCategory.COUNTY_DISTRICT, List.of(
                IndicatorScore.confirmed("ZZ-01", BigDecimal.valueOf(organization), Set.of()),
                IndicatorScore.confirmed("AQ-01", BigDecimal.valueOf(security), Set.of()),
                IndicatorScore.confirmed("JF-01", BigDecimal.valueOf(bonus), Set.of()))));
    }

    private static String ranks(List<RankedUnit> ranking) {
        StringBuilder text = new StringBuilder();
        ranking.forEach(r -> text.append(r.rank()).append(':').append(r.unitId()).append(' '));
        return text.toString().trim();
    }

    @Test
    void equalTotalsAreSeparatedByTheRegularScoreFirst() {
        // A: 35 + 55 + 0 = 90 (regular 90); B: 40 + 46 + 4 = 90 (regular 86); C: 40 + 55 + 0 = 95.
        // C 95 first; A and B tie on 90, A's regular 90 > B's 86 -> A 2, B 3.
        List<RankedUnit> ranking = DEFAULT.rank(List.of(unit("B", 40, 46, 4), unit("A", 35, 55, 0), unit("C", 40, 55, 0)));
        assertEquals("1:C 2:A 3:B", ranks(ranking));
        RankedUnit b = ranking.get(2);
        assertEquals(0, b.total().compareTo(BigDecimal.valueOf(90)));
        assertEquals(0, b.regular().compareTo(BigDecimal.valueOf(86)));
        assertEquals(0, b.bonusCounted().compareTo(BigDecimal.valueOf(4)));
    }

    @Test
    void equalTotalsAndRegularScoresAreSeparatedByInformationSecurity() {
        // A: 40 + 50 + 2 = 92 (regular 90, 信息安全 50); B: 35 + 55 + 2 = 92 (regular 90, 信息安全 55).
        // Total and regular tie; B's 信息安全 55 > 50 -> B 1, A 2.
        assertEquals("1:B 2:A", ranks(DEFAULT.rank(List.of(unit("A", 40, 50, 2), unit("B", 35, 55, 2)))));
    }

    @Test
    void aFullTieSharesTheRankAndTheNextRankSkips() {
        // A 40 + 55 + 0 = 95 -> 1. B and C: 35 + 55 + 2 = 92, regular 90, 信息安全 55 each -> both 2
        // (listed by id). D: 30 + 50 + 0 = 80 -> 4, not 3 ("1, 2, 2, 4").
        List<RankedUnit> ranking = DEFAULT.rank(List.of(
                unit("D", 30, 50, 0), unit("C", 35, 55, 2), unit("A", 40, 55, 0), unit("B", 35, 55, 2)));
        assertEquals("1:A 2:B 2:C 4:D", ranks(ranking));
    }

    @Test
    void theTieBreakIsASchemeParameter() {
        // Same A/B as the first test, with no tie-break levels: 90 = 90 -> both rank 1.
        assertEquals("1:A 1:B", ranks(new RankingRule(List.of()).rank(List.of(unit("B", 40, 46, 4), unit("A", 35, 55, 0)))));
        // 信息安全 alone: B 46 < A 55 -> A first.
        assertEquals("1:A 2:B", ranks(new RankingRule(List.of(new TieBreak.HeadingScore(Heading.INFORMATION_SECURITY)))
                .rank(List.of(unit("B", 40, 46, 4), unit("A", 35, 55, 0)))));
    }

    @Test
    void countiesAndDepartmentsAreNeverRankedTogether() {
        UnitTotal county = unit("A", 40, 55, 0);
        UnitTotal department = new UnitTotal("D", "市财政局", UnitCategory.MUNICIPAL_DEPARTMENT,
                county.regular(), county.bonusCounted(), county.headingScores());
        assertEquals("units", assertThrows(InvalidFieldException.class,
                () -> DEFAULT.rank(List.of(county, department))).field());
    }
}
