package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;

/**
 * The vendor's monthly score (运维得分): the mean of all its units' scores (说明1), minus the
 * deduction items (说明2: 涉及扣分事项，从运维得分中扣除 — off the mean, not off a unit), floor
 * 0. The value stays unrounded; {@link #publish} rounds it once, HALF_UP, to the scheme's scale.
 * Each item's points must lie in the scheme's range for its kind.
 */
public final class VendorScoreRule {

    static final String MEAN_CLAUSE = "附件4.2 说明1";
    static final String DEDUCTION_CLAUSE_SUFFIX = " (说明2)";
    private static final int MEAN_SCALE = 10;

    private final OmSchemeParameters parameters;

    public VendorScoreRule(OmSchemeParameters parameters) {
        this.parameters = parameters;
    }

    public TracedValue score(List<UnitScore> units, List<DeductionItem> items, Exemptions exemptions) {
        BigDecimal sum = units.stream().map(UnitScore::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(units.size()), MEAN_SCALE, RoundingMode.HALF_UP);
        List<TraceLine> lines = new ArrayList<>();
        lines.add(TraceLine.of("VENDOR-MEAN", MEAN_CLAUSE, units.size() + " 个使用单位得分的平均分",
                Measure.POINTS, mean, units.stream().map(UnitScore::unitId).toList()));
        for (DeductionItem item : items) {
            PointRange range = parameters.deductionRanges().get(item.kind());
            if (!range.contains(item.points())) {
                throw new IllegalArgumentException("deduction " + item.id() + ": " + item.points()
                        + " points outside " + range.min() + "–" + range.max() + " for " + item.kind());
            }
            TraceLine line = TraceLine.of("VENDOR-DEDUCTION-" + item.kind(), item.kind().clause() + DEDUCTION_CLAUSE_SUFFIX,
                    item.reason() + "（单位 " + item.unitId() + (item.systemId() == null ? "" : "，项目 " + item.systemId()) + "）",
                    Measure.POINTS, item.points().negate(), List.of(item.id()));
            lines.add(exemptions.apply(line, item.id()));
        }
        BigDecimal total = TracedValue.sumOf(lines).value();
        if (total.signum() < 0) {
            lines.add(TraceLine.of("VENDOR-FLOOR", MEAN_CLAUSE, "扣分超过得分：按 0 分计",
                    Measure.POINTS, total.negate(), List.of()));
        }
        return TracedValue.sumOf(lines);
    }

    /** The published score: the value rounded HALF_UP to the scheme's scale, the last step. */
    public BigDecimal publish(TracedValue score) {
        return score.value().setScale(parameters.scoreScale(), RoundingMode.HALF_UP);
    }
}
