package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.perfportal.shared.InvalidFieldException;

/**
 * One performance indicator row (绩效指标) of a self-evaluation: level-1 category (一级指标),
 * level-2 name (二级指标, e.g. 质量指标), level-3 name (三级指标, free text), annual target
 * (年度指标值), actual value (实际完成值), weight (分值), the score given (得分) and the
 * deviation analysis and improvement measures (偏差原因分析及改进措施). The score is the
 * assessor's; the suggestion the rules would give is derived, never stored, so the two can be
 * compared.
 *
 * @param category  一级指标
 * @param level2    二级指标
 * @param level3    三级指标 ("" where the form leaves it blank)
 * @param target    年度指标值
 * @param actual    实际完成值 as written
 * @param weight    分值
 * @param score     得分, between 0 and the weight
 * @param deviation 偏差原因分析及改进措施 ("" when none)
 */
public record IndicatorRow(IndicatorCategory category, String level2, String level3, IndicatorTarget target,
        String actual, BigDecimal weight, BigDecimal score, String deviation) {

    public IndicatorRow {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(level3, "level3");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(deviation, "deviation");
        if (weight.signum() <= 0) {
            throw new InvalidFieldException("weight", level3 + ": weight must be positive, was " + weight);
        }
        if (score.signum() < 0 || score.compareTo(weight) > 0) {
            throw new InvalidFieldException("score", level3 + ": score " + score + " is outside 0–" + weight);
        }
    }

    /** The score the rules suggest for this row; empty for a qualitative target or a textual actual. */
    public Optional<BigDecimal> suggestedScore() {
        return IndicatorScoring.suggest(target, actual, weight);
    }
}
