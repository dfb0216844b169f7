package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.fiscal.IndicatorCategory.EFFECT;
import static org.perfportal.fiscal.IndicatorCategory.OUTPUT;
import static org.perfportal.fiscal.IndicatorCategory.SATISFACTION;
import static org.perfportal.fiscal.ShanghaiSelfEvaluations2020.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.InvalidFieldException;

/**
 * A form as the implementing unit enters it (自评表内容) becomes the calculator's form: declared
 * quantitative targets must read, departures from the suggested score need a reason on an entered
 * form but are only warned of on an imported one, and the level-1 weights come from the rows.
 */
class SelfEvaluationContentTest {

    private static final FiscalProject PROJECT = new FiscalProject("测试项目", 2020, "上海市大数据中心", "上海市大数据中心");
    private static final FundSplit FUNDS = FundSplit.appropriationOnly(d("100.00"));

    @Test
    void anEnteredScoreBelowTheSuggestionNeedsAReason() {
        // 获得感 100% → 90% suggests 30 × 0.9 = 27.00; 25.00 without 调整理由 is refused
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> compute(content("30", "25.00", null, null)));

        assertEquals("indicators[1].overrideReason", e.field());
    }

    @Test
    void withAReasonItComputes() {
        // 10.00 + 50.00 + 25.00 + 10.00 = 95.00
        SelfEvaluationResult result = compute(content("30", "25.00", "抽样复核发现部分事项未闭环", null));

        assertEquals(d("95.00"), result.total());
        assertEquals(Grade.EXCELLENT, result.grade());
    }

    @Test
    void anImportedFormIsOnlyWarned() {
        SelfEvaluationResult result = compute(content("30", "25.00", null, new RecordedFigures(d("100.00"), d("10.00"), d("95.00"))));

        assertEquals(List.of("indicators[1].score"), result.warnings().stream().map(ConsistencyWarning::field).toList());
    }

    @Test
    void levelOneWeightsComeFromTheRowsButMustSumTo90() {
        // 50 + 25 + 10 = 85
        assertEquals("weights", assertThrows(InvalidFieldException.class,
                () -> compute(content("25", "22.50", null, null))).field());
    }

    @Test
    void anUnreadableQuantitativeTargetIsNamed() {
        SelfEvaluationContent content = new SelfEvaluationContent("", "", FUNDS, FUNDS, FUNDS, null, List.of(
                new IndicatorEntry(OUTPUT, "数量指标", "完成率", "基本完成", true, "100%", d("90"), d("90"), null, "")), null);

        assertEquals("indicators[0].target", assertThrows(InvalidFieldException.class, () -> compute(content)).field());
    }

    private static SelfEvaluationContent content(String effectWeight, String effectScore, String reason,
            RecordedFigures recorded) {
        return new SelfEvaluationContent("年度总体目标", "实际完成情况", FUNDS, FUNDS, FUNDS, null, List.of(
                new IndicatorEntry(OUTPUT, "数量指标", "完成率", "100%", true, "100%", d("50"), d("50.00"), null, ""),
                new IndicatorEntry(EFFECT, "社会效益指标", "获得感", "100%", true, "90%", new BigDecimal(effectWeight),
                        new BigDecimal(effectScore), reason, ""),
                new IndicatorEntry(SATISFACTION, "服务对象满意度指标", "满意度", "完善", false, "完善", d("10"), d("10.00"), null, "")),
                recorded);
    }

    private static SelfEvaluationResult compute(SelfEvaluationContent content) {
        return content.evaluate(PROJECT);
    }
}
