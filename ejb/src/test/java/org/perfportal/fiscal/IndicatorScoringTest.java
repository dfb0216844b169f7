package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.fiscal.ShanghaiSelfEvaluations2020.d;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfportal.shared.InvalidFieldException;

class IndicatorScoringTest {

    private static final FiscalTemplate TEMPLATE = FiscalTemplate.default2020();

    @ParameterizedTest(name = "{0} → {1}, weight {2}: {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            # ≥ and unsigned targets: weight × min(actual ÷ target, 1)
            100%    | 92%     | 10 | 9.20 | 10 × 92/100 = 9.20 (seed: 质量用户满意度)
            100%    | 80%     | 6  | 4.80 | 6 × 80/100 = 4.80 (seed: 配套齐全性)
            ≥90%    | 80%     | 10 | 8.89 | 10 × 80/90 = 8.888… → 8.89 (seed: 质量问题整改率, form says 6.00)
            ≥95%    | 95%     | 5  | 5.00 | 5 × 95/95 = 5.00
            ≥90%    | 99%     | 10 | 10.00 | 99/90 = 1.1 capped at 1 → 10.00
            6项     | 6项     | 10 | 10.00 | 6/6 = 1
            6项     | 4项     | 10 | 6.67 | 10 × 4/6 = 6.666… → 6.67
            ≥0次    | 0次     | 5  | 5.00 | a zero floor is always met
            # = targets: weight × min(actual ÷ target, 1)
            =4次    | 3次     | 8  | 6.00 | 8 × 3/4 = 6.00
            =4次    | 5次     | 8  | 8.00 | 5/4 capped at 1
            # ≤ targets: weight × min(target ÷ actual, 1)
            ≤5天    | 8天     | 10 | 6.25 | 10 × 5/8 = 6.25
            ≤5天    | 4天     | 10 | 10.00 | 5/4 capped at 1
            ≤2次    | 3次     | 6  | 4.00 | 6 × 2/3 = 4.00
            ≤2次    | 0次     | 6  | 6.00 | nothing happened: at or below any ceiling
            """)
    void suggestsQuantitativeScores(String target, String actual, BigDecimal weight, BigDecimal expected,
            String handArithmetic) {
        assertEquals(Optional.of(expected), IndicatorScoring.suggest(IndicatorTarget.read(target), actual, weight));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            完善  | 完善
            ≥90%  | 基本完成
            ≥150  | 满足条件
            100%  | 6项
            """)
    void suggestsNothingWithoutAMeasurableActual(String target, String actual) {
        assertEquals(Optional.empty(), IndicatorScoring.suggest(IndicatorTarget.read(target), actual, d("10")));
    }

    @ParameterizedTest(name = "{0} on weight 10 picks {1}")
    @CsvSource(textBlock = """
            ACHIEVED,        10
            ACHIEVED,        8
            PARTLY_ACHIEVED, 7.99
            PARTLY_ACHIEVED, 6
            NOT_ACHIEVED,    5.99
            NOT_ACHIEVED,    0
            """)
    void acceptsPicksInsideTheBand(QualitativeBand band, BigDecimal picked) {
        // weight 10: 达成 8–10 (both included), 部分达成 6–<8, 未达成 0–<6
        assertEquals(picked.setScale(2), IndicatorScoring.pickInBand(TEMPLATE, band, d("10"), picked));
    }

    @ParameterizedTest(name = "{0} on weight 10 refuses {1}")
    @CsvSource(textBlock = """
            ACHIEVED,        7.99
            PARTLY_ACHIEVED, 8
            PARTLY_ACHIEVED, 5.99
            NOT_ACHIEVED,    6
            NOT_ACHIEVED,    -1
            """)
    void refusesPicksOutsideTheBand(QualitativeBand band, BigDecimal picked) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> IndicatorScoring.pickInBand(TEMPLATE, band, d("10"), picked));

        assertEquals("score", e.field());
    }

    @Test
    void bandsScaleWithTheWeight() {
        // weight 20 (seed: 降低新建信息化项目投入, scored 15): 15/20 = 75% lies in 部分达成 (60–<80%),
        // i.e. 12 ≤ score < 16.
        assertEquals(d("15.00"), IndicatorScoring.pickInBand(TEMPLATE, QualitativeBand.PARTLY_ACHIEVED, d("20"), d("15")));
        assertThrows(InvalidFieldException.class,
                () -> IndicatorScoring.pickInBand(TEMPLATE, QualitativeBand.ACHIEVED, d("20"), d("15")));
    }

    @Test
    void keepingTheSuggestionNeedsNoReason() {
        ScoreDecision decision = IndicatorScoring.decide(d("9.20"), d("9.2"), null);

        assertFalse(decision.isOverride());
        assertEquals(d("9.2"), decision.score());
    }

    @Test
    void overrideWithReasonIsKeptBesideTheSuggestion() {
        ScoreDecision decision = IndicatorScoring.decide(d("8.89"), d("6.00"), "  整改未闭环  ");

        assertTrue(decision.isOverride());
        assertEquals(d("8.89"), decision.suggested());
        assertEquals(d("6.00"), decision.score());
        assertEquals("整改未闭环", decision.overrideReason());
    }

    @ParameterizedTest(name = "reason \"{0}\"")
    @CsvSource({"''", "'   '"})
    void overrideWithoutReasonNamesTheField(String reason) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> IndicatorScoring.decide(d("8.89"), d("6.00"), reason));

        assertEquals("overrideReason", e.field());
    }

    @Test
    void overrideWithNullReasonNamesTheField() {
        assertEquals("overrideReason", assertThrows(InvalidFieldException.class,
                () -> IndicatorScoring.decide(d("10"), d("9"), null)).field());
    }
}
