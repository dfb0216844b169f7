package org.perfportal.fiscal;

import java.math.BigDecimal;

/**
 * One performance indicator row (绩效指标) as the implementing unit enters it, before the rules
 * read it: the target is still text, with the unit's declaration whether it is quantitative
 * (定量指标), so that a quantitative target that cannot be read is refused rather than silently
 * scored as qualitative. {@link #toRow} turns it into the calculator's {@link IndicatorRow}.
 *
 * @param category       一级指标
 * @param level2         二级指标
 * @param level3         三级指标 ("" when blank)
 * @param target         年度指标值 as written
 * @param quantitative   whether the unit declares the target quantitative (定量)
 * @param actual         实际完成值 as written
 * @param weight         分值
 * @param score          得分
 * @param overrideReason 调整理由 when the score departs from the rule's suggestion, or {@code null}
 * @param deviation      偏差原因分析及改进措施 ("" when none)
 */
public record IndicatorEntry(IndicatorCategory category, String level2, String level3, String target,
        boolean quantitative, String actual, BigDecimal weight, BigDecimal score, String overrideReason,
        String deviation) {

    /**
     * @param field the entry's name in the request, e.g. {@code indicators[2]}, used to name a bad target
     * @throws org.perfportal.shared.InvalidFieldException on {@code field.target} for an unreadable
     *         quantitative target, on {@code weight} or {@code score} out of range
     */
    IndicatorRow toRow(String field) {
        IndicatorTarget read = quantitative ? IndicatorTarget.quantitative(field + ".target", target)
                : IndicatorTarget.read(target);
        return new IndicatorRow(category, level2, level3, read, actual, weight, score, deviation);
    }
}
