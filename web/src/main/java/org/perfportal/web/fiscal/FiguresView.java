package org.perfportal.web.fiscal;

import java.math.BigDecimal;
import org.perfportal.fiscal.SelfEvaluationResult;
import org.perfportal.fiscal.SubmittedFigures;

/**
 * The computed figures of a self-evaluation (计算结果): 执行率 in percent with two decimals,
 * 预算执行得分, Σ 指标得分, 总分 and 评价等级 by its printed label (优/良/中/差), with the basis of the
 * rules. The same shape for the figures frozen at submission and for the live result.
 */
public record FiguresView(String basis, BigDecimal ratePercent, BigDecimal budgetScore, BigDecimal indicatorScore,
        BigDecimal total, String grade) {

    static FiguresView of(SubmittedFigures figures) {
        return new FiguresView(figures.basis(), figures.ratePercent(), figures.budgetScore(), figures.indicatorScore(),
                figures.total(), figures.grade().label());
    }

    static FiguresView of(SelfEvaluationResult result) {
        return new FiguresView(result.basis(), result.budget().ratePercent(), result.budget().score(),
                result.indicatorScore(), result.total(), result.grade().label());
    }
}
