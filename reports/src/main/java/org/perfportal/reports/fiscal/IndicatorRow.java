package org.perfportal.reports.fiscal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the three-level performance indicators (绩效指标): 一级指标 (产出 / 效益 / 满意度),
 * 二级指标 (数量, 质量, 时效, 成本, …), 三级指标 (free text), 年度指标值 (annual target),
 * 实际完成值 (actual value), 分值 (weight), 得分 (score) and 偏差原因分析及改进措施 (deviation
 * analysis and improvement measures).
 *
 * <p>Targets and actual values stay text because the form mixes {@code ≥99.99%}, {@code 6项}
 * and {@code 完善}; weight and score are numbers.
 *
 * @param level1    一级指标
 * @param level2    二级指标
 * @param level3    三级指标
 * @param target    年度指标值
 * @param actual    实际完成值
 * @param weight    分值
 * @param score     得分
 * @param deviation 偏差原因分析及改进措施; empty when there is none
 * @param source    数据来源 of an actual value the portal filled from its own records (a linked
 *                  indicator), printed under the table so the reader sees where it came from;
 *                  empty for a value typed by hand
 */
public record IndicatorRow(String level1, String level2, String level3, String target, String actual,
                           BigDecimal weight, BigDecimal score, String deviation, String source) {

    /** A row whose actual value was typed by hand: no source. */
    public IndicatorRow(String level1, String level2, String level3, String target, String actual,
                        BigDecimal weight, BigDecimal score, String deviation) {
        this(level1, level2, level3, target, actual, weight, score, deviation, "");
    }

    /** Requires every column except the deviation and source texts, which default to empty. */
    public IndicatorRow {
        Objects.requireNonNull(level1, "level1");
        Objects.requireNonNull(level2, "level2");
        Objects.requireNonNull(level3, "level3");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(score, "score");
        deviation = deviation == null ? "" : deviation;
        source = source == null ? "" : source;
    }
}
