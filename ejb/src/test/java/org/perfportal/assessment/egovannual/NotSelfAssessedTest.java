package org.perfportal.assessment.egovannual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.assessment.egovannual.EgovAnnualSchemeParametersTest.indicator;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.InvalidFieldException;

/**
 * Issue 17, items 13 and 16 (seed 003, 电子政务工作考核办法 四、考核方法): 「年底前，各县(区)、各单位…自评打分，形成自查报告，
 * 报考核小组。考核小组根据各单位自评、日常监测、专网应用通报、最佳子站评定、实地抽查情况，进行综合考评」 and 五、
 * 「考核结果将按分数进行名次排序」: the review sources carry the method's words, and a unit that never
 * self-assessed is still reviewed and ranked, with a note, so the ranking is complete.
 */
class NotSelfAssessedTest {

    /** 组织机构 ZZ-01 40 + 信息安全 AQ-01 60 = 100, bonus JF-01 up to 10, cap 5. */
    private static final IndicatorSet SET = new IndicatorSet(UnitCategory.COUNTY_DISTRICT, List.of(
            indicator("ZZ-01", Heading.ORGANIZATION, 40),
            indicator("AQ-01", Heading.INFORMATION_SECURITY, 60),
            indicator("JF-01", Heading.BONUS, 10)), BigDecimal.valueOf(5));
    private static final RankingRule RANKING = new RankingRule(EgovAnnualSchemeParameters.template2025().tieBreaks());

    private static IndicatorScore reviewedOnly(String code, int points, String reason) {
        return new IndicatorScore(code, null, BigDecimal.valueOf(points), reason, Set.of(ReviewSource.SPOT_CHECK));
    }

    @Test
    void theReviewSourcesAreTheMethodsWords() {
        assertEquals(List.of("日常监测", "专网应用通报", "最佳子站评定", "实地抽查"),
                Arrays.stream(ReviewSource.values()).map(ReviewSource::chinese).toList());
    }

    /**
     * 静宁县 never self-assessed; the group reviews it on a spot check: ZZ-01 30 + AQ-01 50 = regular 80, JF-01 0
     * → total 80.00. 崆峒区 self-assessed and was confirmed: 40 + 55 + 0 = 95.00. Ranking: 崆峒区 1 (95.00),
     * 静宁县 2 (80.00, 未自评，由考核小组直接核定).
     */
    @Test
    void aUnitThatNeverSelfAssessedIsReviewedAndRankedWithANote() {
        UnitTotal jingning = new AnnualScoreRule().score(SET, new UnitScoreSheet("U-JN", "静宁县", UnitCategory.COUNTY_DISTRICT, List.of(
                reviewedOnly("ZZ-01", 30, "实地抽查：领导小组已设立，考核机制未建立"),
                reviewedOnly("AQ-01", 50, "实地抽查：等级保护测评未完成"),
                reviewedOnly("JF-01", 0, "无加分材料"))));
        assertEquals(0, new BigDecimal("80").compareTo(jingning.total()));
        assertEquals("未自评，由考核小组直接核定", jingning.note());
        assertTrue(jingning.lines().get(0).description().contains("self 未自评, reviewed 30 / 40"), jingning.lines().get(0)::description);
        assertTrue(jingning.lines().get(0).description().contains("[实地抽查]"), jingning.lines().get(0)::description);

        UnitTotal kongtong = new AnnualScoreRule().score(SET, new UnitScoreSheet("U-KT", "崆峒区", UnitCategory.COUNTY_DISTRICT, List.of(
                IndicatorScore.confirmed("ZZ-01", BigDecimal.valueOf(40), Set.of()),
                IndicatorScore.confirmed("AQ-01", BigDecimal.valueOf(55), Set.of()),
                IndicatorScore.confirmed("JF-01", BigDecimal.ZERO, Set.of()))));
        assertNull(kongtong.note());

        List<RankedUnit> ranking = RANKING.rank(List.of(jingning, kongtong));
        assertEquals(List.of("U-KT", "U-JN"), ranking.stream().map(RankedUnit::unitId).toList());
        assertEquals(2, ranking.get(1).rank());
        assertEquals("未自评，由考核小组直接核定", ranking.get(1).note());
        assertNull(ranking.get(0).note());
    }

    /** One indicator without a self-score: a partial note; and a reviewed score without a self-score needs its reason. */
    @Test
    void aReviewWithoutASelfScoreNeedsAReason() {
        UnitTotal partly = new AnnualScoreRule().score(SET, new UnitScoreSheet("U-ZL", "庄浪县", UnitCategory.COUNTY_DISTRICT, List.of(
                IndicatorScore.confirmed("ZZ-01", BigDecimal.valueOf(40), Set.of()),
                reviewedOnly("AQ-01", 60, "日常监测：全年无安全事件"),
                IndicatorScore.confirmed("JF-01", BigDecimal.ZERO, Set.of()))));
        assertEquals("部分未自评（1 项指标无自评分，由考核小组直接核定）", partly.note());

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> AnnualScoreRule.check(SET.find("AQ-01"),
                reviewedOnly("AQ-01", 60, " ")));
        assertEquals("indicators[AQ-01].reason", refused.field());
    }
}
