package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.perfportal.shared.InvalidFieldException;

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
 * @param actual         实际完成值 as written, or as filled from a linked figure
 * @param weight         分值
 * @param score          得分
 * @param overrideReason 调整理由 when the score departs from the rule's suggestion or band, or {@code null}
 * @param deviation      偏差原因分析及改进措施 ("" when none)
 * @param band           the band picked for a qualitative row (定性指标档次), or {@code null}
 * @param link           the figure of the portal's records the actual is filled from, or {@code null}
 * @param linkSource     where the filled actual came from (数据来源), or {@code null} when not linked or not yet filled
 */
public record IndicatorEntry(IndicatorCategory category, String level2, String level3, String target,
        boolean quantitative, String actual, BigDecimal weight, BigDecimal score, String overrideReason,
        String deviation, QualitativeBand band, LinkedFigure link, String linkSource) {

    /** A row typed by hand: no band, no link. */
    public IndicatorEntry(IndicatorCategory category, String level2, String level3, String target, boolean quantitative,
            String actual, BigDecimal weight, BigDecimal score, String overrideReason, String deviation) {
        this(category, level2, level3, target, quantitative, actual, weight, score, overrideReason, deviation, null, null,
                null);
    }

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

    /**
     * This row with its actual value taken from the linked figure's measure: the value written in
     * the figure's unit and its source. A score the unit did not override follows the new actual
     * (the rule's suggestion), so refreshing a figure never leaves an unexplained departure behind.
     * A measure without a value keeps the actual as typed and says why in the source.
     *
     * @throws InvalidFieldException on {@code field.link} when the target is not a quantitative
     *                               target in the figure's unit, since no ratio could be formed
     */
    IndicatorEntry filledFrom(String field, LinkedMeasure measure) {
        IndicatorTarget read = IndicatorTarget.read(target);
        if (!read.isQuantitative() || !read.unit().equals(link.unit())) {
            throw new InvalidFieldException(field + ".link", link.label() + " is measured in '" + link.unit()
                    + "'; link it to a quantitative target in that unit, not '" + target + "'");
        }
        if (measure.measured().isEmpty()) {
            return new IndicatorEntry(category, level2, level3, target, quantitative, actual, weight, score, overrideReason,
                    deviation, band, link, measure.source());
        }
        String filled = measure.value().setScale(2, RoundingMode.HALF_UP).toPlainString() + link.unit();
        boolean overridden = overrideReason != null && !overrideReason.isBlank();
        BigDecimal newScore = overridden ? score : IndicatorScoring.suggest(read, filled, weight).orElse(score);
        return new IndicatorEntry(category, level2, level3, target, quantitative, filled, weight, newScore, overrideReason,
                deviation, band, link, measure.source());
    }
}
