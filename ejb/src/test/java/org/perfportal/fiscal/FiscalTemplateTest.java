package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.fiscal.ShanghaiSelfEvaluations2020.d;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfportal.shared.InvalidFieldException;

class FiscalTemplateTest {

    private static final FiscalTemplate TEMPLATE = FiscalTemplate.default2020();

    @Test
    void default2020FollowsCaiYu2020No10() {
        // 10 (execution) + 50 (产出) + 30 (效益) + 10 (满意度) = 100
        assertEquals("财预〔2020〕10号", TEMPLATE.basis());
        assertEquals(d("10"), TEMPLATE.executionRatePoints());
        assertEquals(d("50"), TEMPLATE.weightOf(IndicatorCategory.OUTPUT));
        assertEquals(d("30"), TEMPLATE.weightOf(IndicatorCategory.EFFECT));
        assertEquals(d("10"), TEMPLATE.weightOf(IndicatorCategory.SATISFACTION));
        assertEquals(d("90"), TEMPLATE.indicatorPoints());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            100,    EXCELLENT
            90,     EXCELLENT
            89.99,  GOOD
            80,     GOOD
            79.99,  FAIR
            60,     FAIR
            59.99,  POOR
            0,      POOR
            """)
    void gradesByBand(BigDecimal total, Grade grade) {
        assertEquals(grade, TEMPLATE.grade(total));
    }

    @Test
    void gradeLabelsAreThePrintedOnes() {
        assertEquals("优良中差", Grade.EXCELLENT.label() + Grade.GOOD.label() + Grade.FAIR.label() + Grade.POOR.label());
    }

    @Test
    void projectMayShiftLevel1WeightsKeepingNinety() {
        // seed project 1: 产出 30 + 效益 50 + 满意度 10 = 90
        FiscalTemplate adjusted = TEMPLATE.withCategoryWeights(Map.of(IndicatorCategory.OUTPUT, d("30"),
                IndicatorCategory.EFFECT, d("50"), IndicatorCategory.SATISFACTION, d("10")));

        assertEquals(d("50"), adjusted.weightOf(IndicatorCategory.EFFECT));
        assertEquals(TEMPLATE.grade(d("90")), adjusted.grade(d("90")));
    }

    @Test
    void level1WeightsThatChangeTheTotalNameWeights() {
        // 50 + 30 + 20 = 100 ≠ 90
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> TEMPLATE.withCategoryWeights(Map.of(IndicatorCategory.OUTPUT, d("50"),
                        IndicatorCategory.EFFECT, d("30"), IndicatorCategory.SATISFACTION, d("20"))));

        assertEquals("weights", e.field());
    }

    @Test
    void missingLevel1WeightNamesWeights() {
        assertEquals("weights", assertThrows(InvalidFieldException.class,
                () -> TEMPLATE.withCategoryWeights(Map.of(IndicatorCategory.OUTPUT, d("90")))).field());
    }

    @Test
    void bandEdgesMustRise() {
        assertEquals("bands", assertThrows(InvalidFieldException.class,
                () -> new FiscalTemplate("x", d("10"), Map.of(IndicatorCategory.OUTPUT, d("50"),
                        IndicatorCategory.EFFECT, d("30"), IndicatorCategory.SATISFACTION, d("10")),
                        d("0.60"), d("0.80"), d("90"), d("80"), d("60"))).field());
    }
}
