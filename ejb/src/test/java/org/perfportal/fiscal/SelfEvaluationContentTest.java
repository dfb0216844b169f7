package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.fiscal.IndicatorCategory.EFFECT;
import static org.perfportal.fiscal.IndicatorCategory.OUTPUT;
import static org.perfportal.fiscal.IndicatorCategory.SATISFACTION;
import static org.perfportal.fiscal.ShanghaiSelfEvaluations2020.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perfportal.shared.InvalidFieldException;

/**
 * A form as the implementing unit enters it (自评表内容) becomes the calculator's form: declared
 * quantitative targets must read, departures from the suggested score need a reason on an entered
 * form but are only warned of on an imported one, a qualitative row's score lies in the band picked
 * unless a reason says why, a linked row fills its actual from the figure measured, and the
 * level-1 weights come from the rows.
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

    @Test
    void aQualitativeRowNeedsItsBand() {
        SelfEvaluationContent content = withSatisfaction("完善", "10.00", null, null);

        assertEquals("indicators[2].band", assertThrows(InvalidFieldException.class, () -> compute(content)).field());
    }

    @Test
    void aQualitativeScoreOutsideItsBandNeedsAReason() {
        // 部分达成 of weight 10 allows 6.00 to below 8.00 (80–60% of 财预〔2020〕10号); 8.00 is already 达成
        SelfEvaluationContent outside = withSatisfaction("基本完善", "8.00", QualitativeBand.PARTLY_ACHIEVED, null);
        InvalidFieldException e = assertThrows(InvalidFieldException.class, () -> compute(outside));
        assertEquals("indicators[2].score", e.field());

        // 10.00 + 50.00 + 27.00 + 7.00 = 94.00 in the band; 8.00 with a reason also computes: 95.00
        assertEquals(d("94.00"), compute(withSatisfaction("基本完善", "7.00", QualitativeBand.PARTLY_ACHIEVED, null)).total());
        assertEquals(d("95.00"), compute(withSatisfaction("基本完善", "8.00", QualitativeBand.PARTLY_ACHIEVED,
                "制度已印发，配套细则年底前完成")).total());
    }

    @Test
    void aBandOnARowScoredByRatioIsRefused() {
        SelfEvaluationContent content = new SelfEvaluationContent("", "", FUNDS, FUNDS, FUNDS, null, List.of(
                new IndicatorEntry(OUTPUT, "数量指标", "完成率", "100%", true, "100%", d("90"), d("90.00"), null, "",
                        QualitativeBand.ACHIEVED, null, null)), null);

        assertEquals("indicators[0].band", assertThrows(InvalidFieldException.class, () -> compute(content)).field());
    }

    @Test
    void aLinkedRowFillsItsActualAndFollowingScoreFromTheFigure() {
        // SLA 达标率 47 ÷ 50 = 94.00% against ≥95%: 30 × 94 ÷ 95 = 29.684… → 29.68
        SelfEvaluationContent filled = linkedSla("≥95%").withLinkedValues(figure -> Optional.of(
                LinkedMeasure.of(new BigDecimal("94"), "漯河运维记录 2026年：可判定故障 50 起，47 起在其等级时限内恢复")));
        IndicatorEntry sla = filled.indicators().get(1);

        assertEquals("94.00%", sla.actual());
        assertEquals(d("29.68"), sla.score());
        assertEquals("漯河运维记录 2026年：可判定故障 50 起，47 起在其等级时限内恢复", sla.linkSource());
        // 10.00 + 50.00 + 29.68 + 10.00
        assertEquals(d("99.68"), compute(filled).total());
    }

    @Test
    void aYearWithoutRecordsKeepsTheTypedActualAndSaysSo() {
        IndicatorEntry sla = linkedSla("≥95%").withLinkedValues(figure -> Optional.of(
                LinkedMeasure.none("漯河运维记录 2020年：无可判定的故障"))).indicators().get(1);

        assertEquals("90%", sla.actual());
        assertEquals("漯河运维记录 2020年：无可判定的故障", sla.linkSource());
    }

    @Test
    void aFigureWithoutProviderOrInAnotherUnitCannotBeLinked() {
        assertEquals("indicators[1].link", assertThrows(InvalidFieldException.class,
                () -> linkedSla("≥95%").withLinkedValues(figure -> Optional.empty())).field());
        assertEquals("indicators[1].link", assertThrows(InvalidFieldException.class,
                () -> linkedSla("≥95分").withLinkedValues(figure -> Optional.of(LinkedMeasure.of(BigDecimal.TEN, "x")))).field());
    }

    private static SelfEvaluationContent linkedSla(String target) {
        return new SelfEvaluationContent("年度总体目标", "实际完成情况", FUNDS, FUNDS, FUNDS, null, List.of(
                new IndicatorEntry(OUTPUT, "数量指标", "完成率", "100%", true, "100%", d("50"), d("50.00"), null, ""),
                new IndicatorEntry(EFFECT, "社会效益指标", "故障修复达标率", target, true, "90%", d("30"), d("27.00"), null, "",
                        null, LinkedFigure.SLA_COMPLIANCE_RATE, null),
                new IndicatorEntry(SATISFACTION, "服务对象满意度指标", "满意度", "100%", true, "100%", d("10"), d("10.00"), null, "")),
                null);
    }

    private static SelfEvaluationContent withSatisfaction(String actual, String score, QualitativeBand band, String reason) {
        return new SelfEvaluationContent("年度总体目标", "实际完成情况", FUNDS, FUNDS, FUNDS, null, List.of(
                new IndicatorEntry(OUTPUT, "数量指标", "完成率", "100%", true, "100%", d("50"), d("50.00"), null, ""),
                new IndicatorEntry(EFFECT, "社会效益指标", "获得感", "100%", true, "90%", d("30"), d("27.00"), null, ""),
                new IndicatorEntry(SATISFACTION, "服务对象满意度指标", "制度建设", "完善", false, actual, d("10"), d(score), reason,
                        "", band, null, null)), null);
    }

    private static SelfEvaluationContent content(String effectWeight, String effectScore, String reason,
            RecordedFigures recorded) {
        return new SelfEvaluationContent("年度总体目标", "实际完成情况", FUNDS, FUNDS, FUNDS, null, List.of(
                new IndicatorEntry(OUTPUT, "数量指标", "完成率", "100%", true, "100%", d("50"), d("50.00"), null, ""),
                new IndicatorEntry(EFFECT, "社会效益指标", "获得感", "100%", true, "90%", new BigDecimal(effectWeight),
                        new BigDecimal(effectScore), reason, ""),
                new IndicatorEntry(SATISFACTION, "服务对象满意度指标", "满意度", "完善", false, "完善", d("10"), d("10.00"), null, "",
                        QualitativeBand.ACHIEVED, null, null)),
                recorded);
    }

    private static SelfEvaluationResult compute(SelfEvaluationContent content) {
        return content.evaluate(PROJECT, FiscalTemplate.default2020());
    }
}
