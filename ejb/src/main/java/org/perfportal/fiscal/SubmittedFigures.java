package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The figures of a self-evaluation as computed when it was submitted (提交时的计算结果): rate in
 * percent, budget execution score, indicator score, total and grade, with the template basis.
 * Stored, not recomputed, so a later change of rules or code can never alter a filed result.
 *
 * @param basis          the template's basis, e.g. 财预〔2020〕10号
 * @param ratePercent    执行率, percent with two decimals
 * @param budgetScore    预算执行得分
 * @param indicatorScore Σ 指标得分
 * @param total          总分
 * @param grade          评价等级
 * @param submittedAt    when it was submitted (UTC)
 */
public record SubmittedFigures(String basis, BigDecimal ratePercent, BigDecimal budgetScore,
        BigDecimal indicatorScore, BigDecimal total, Grade grade, OffsetDateTime submittedAt) {
}
