package org.perfportal.assessment.egovannual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;
import org.perfportal.shared.InvalidFieldException;

class AnnualScoreRuleTest {

    private static final IndicatorSet COUNTY =
            EgovAnnualSchemeParameters.template2025().indicatorSets().get(UnitCategory.COUNTY_DISTRICT);
    private static final AnnualScoreRule RULE = new AnnualScoreRule();

    /** Every county indicator at full marks, self = reviewed, then {@code change} applied to one code. */
    private static UnitScoreSheet sheet(String code, UnaryOperator<IndicatorScore> change) {
        List<IndicatorScore> scores = new ArrayList<>();
        for (Indicator indicator : COUNTY.indicators()) {
            IndicatorScore full = IndicatorScore.confirmed(indicator.code(), indicator.weight(), Set.of(ReviewSource.SPOT_CHECK));
            scores.add(indicator.code().equals(code) ? change.apply(full) : full);
        }
        return new UnitScoreSheet("U-KT", "崆峒区", UnitCategory.COUNTY_DISTRICT, scores);
    }

    private static IndicatorScore score(String code, String self, String reviewed, String reason) {
        return new IndicatorScore(code, new BigDecimal(self), new BigDecimal(reviewed), reason, Set.of(ReviewSource.DAILY_MONITORING));
    }

    private static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    @Test
    void aBonusAboveTheCapCountsOnlyTheCap() {
        // Regular: full marks 100, but YY-01 self 10 reviewed 8 -> regular 98.
        // Bonus: JF-01 3 + JF-02 3 = 6 > cap 5 -> counted 5, cap line -1.
        // Total 98 + 5 = 103.
        UnitTotal total = RULE.score(COUNTY, sheet("YY-01", full -> score("YY-01", "10", "8", "日常监测：3个部门网站半年未更新")));

        assertPoints("98", total.regular().value());
        assertPoints("5", total.bonusCounted().value());
        assertPoints("103", total.total());
        assertPoints("28", total.headingScore(Heading.APPLICATION_EFFECT)); // 8 + 10 + 10
        assertPoints("5", total.headingScore(Heading.BONUS));
        // 15 regular + 2 bonus + 1 cap line; the lines re-add to the total.
        assertEquals(18, total.lines().size());
        assertPoints("103", TracedValue.sumOf(total.lines()).value());
        TraceLine cap = total.lines().get(17);
        assertEquals("PL-BONUS-CAP", cap.ruleCode());
        assertEquals(Measure.POINTS, cap.measure());
        assertPoints("-1", cap.amount());
        TraceLine reviewed = total.lines().stream().filter(l -> l.ruleCode().equals("PL-YY-01")).findFirst().orElseThrow();
        assertPoints("8", reviewed.amount());
        assertEquals("三、(一) 县(区)考核内容 2.应用效果", reviewed.clause());
    }

    @Test
    void aBonusWithinTheCapCountsInFull() {
        // JF-01 3 + JF-02 reviewed 1 (self 3) = 4 <= 5: no cap line; total 100 + 4 = 104.
        UnitTotal total = RULE.score(COUNTY, sheet("JF-02", full -> score("JF-02", "3", "1", "全市网站评比第三名")));
        assertPoints("4", total.bonusCounted().value());
        assertPoints("104", total.total());
        assertEquals(17, total.lines().size());
    }

    @Test
    void aReviewedScoreThatDiffersFromTheSelfScoreNeedsAReason() {
        for (String reason : new String[] {null, "  "}) {
            InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                    () -> RULE.score(COUNTY, sheet("ZZ-01", full -> score("ZZ-01", "5", "3", reason))));
            assertEquals("indicators[ZZ-01].reason", refused.field());
        }
        // Equal scores need no reason.
        assertPoints("105", RULE.score(COUNTY, sheet("ZZ-01", full -> score("ZZ-01", "5", "5", null))).total());
    }

    @Test
    void aScoreAboveTheWeightOrBelowZeroIsRefused() {
        // ZZ-01 weighs 5.
        InvalidFieldException self = assertThrows(InvalidFieldException.class,
                () -> RULE.score(COUNTY, sheet("ZZ-01", full -> score("ZZ-01", "5.5", "5", "核减"))));
        assertEquals("indicators[ZZ-01].selfScore", self.field());
        InvalidFieldException reviewed = assertThrows(InvalidFieldException.class,
                () -> RULE.score(COUNTY, sheet("ZZ-01", full -> score("ZZ-01", "5", "6", "加分"))));
        assertEquals("indicators[ZZ-01].reviewedScore", reviewed.field());
        InvalidFieldException negative = assertThrows(InvalidFieldException.class,
                () -> RULE.score(COUNTY, sheet("ZZ-01", full -> score("ZZ-01", "-1", "0", "无"))));
        assertEquals("indicators[ZZ-01].selfScore", negative.field());
    }

    @Test
    void aSheetMissingAnIndicatorOrOfTheOtherKindIsRefused() {
        UnitScoreSheet complete = sheet("ZZ-01", UnaryOperator.identity());
        UnitScoreSheet missing = new UnitScoreSheet("U-KT", "崆峒区", UnitCategory.COUNTY_DISTRICT,
                complete.scores().subList(1, complete.scores().size()));
        assertEquals("indicators", assertThrows(InvalidFieldException.class, () -> RULE.score(COUNTY, missing)).field());
        UnitScoreSheet department = new UnitScoreSheet("D-CZ", "市财政局", UnitCategory.MUNICIPAL_DEPARTMENT, complete.scores());
        assertEquals("category", assertThrows(InvalidFieldException.class, () -> RULE.score(COUNTY, department)).field());
    }
}
