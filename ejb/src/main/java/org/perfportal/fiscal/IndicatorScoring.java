package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

import org.perfportal.shared.InvalidFieldException;

/**
 * Scoring of a performance indicator (绩效指标评分), per 财预〔2020〕10号. A quantitative
 * indicator (定量指标) gets a suggested score: weight × min(actual ÷ target, 1) for "≥" and "="
 * targets (正向指标: shortfall costs in proportion, surplus earns nothing), and weight ×
 * min(target ÷ actual, 1) for "≤" targets (反向指标). A qualitative indicator (定性指标) is
 * scored by the assessor inside a band of the weight. Either may be overridden, but only with a
 * written reason, so a reviewer can always see why a score differs from the rule.
 *
 * <p>Ratios are computed unrounded; scores are rounded HALF_UP to two decimals at the last step.
 */
public final class IndicatorScoring {

    private IndicatorScoring() {
    }

    /**
     * The suggested score of a quantitative indicator; empty when the target is qualitative or
     * the actual is not a number in the target's unit.
     */
    public static Optional<BigDecimal> suggest(IndicatorTarget target, String actual, BigDecimal weight) {
        return target.measure(actual).map(measured -> {
            BigDecimal ratio = switch (target.comparator()) {
                case AT_LEAST, EQUAL -> ratio(measured, target.value());
                case AT_MOST -> ratio(target.value(), measured);
            };
            return weight.multiply(ratio.min(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
        });
    }

    /**
     * The score an assessor picks for a qualitative indicator, checked against the band: the
     * floor is inclusive, the ceiling only for 达成 (100–80%(含), 80–60%(含), 60–0%).
     *
     * @throws InvalidFieldException on {@code score} when the pick lies outside the band
     */
    public static BigDecimal pickInBand(FiscalTemplate template, QualitativeBand band, BigDecimal weight,
            BigDecimal picked) {
        BigDecimal floor = weight.multiply(template.bandFloor(band));
        BigDecimal ceiling = weight.multiply(template.bandCeiling(band));
        boolean ceilingIncluded = band == QualitativeBand.ACHIEVED;
        int vsCeiling = picked.compareTo(ceiling);
        if (picked.compareTo(floor) < 0 || vsCeiling > 0 || (vsCeiling == 0 && !ceilingIncluded)) {
            throw new InvalidFieldException("score", band.label() + " allows " + floor.stripTrailingZeros().toPlainString()
                    + (ceilingIncluded ? " to " : " to below ") + ceiling.stripTrailingZeros().toPlainString()
                    + " of weight " + weight + ", picked " + picked);
        }
        return picked.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The assessor's final score: the suggestion, or a different score with a non-blank reason.
     *
     * @throws InvalidFieldException on {@code overrideReason} when the score differs from the
     *                               suggestion and no reason is given
     */
    public static ScoreDecision decide(BigDecimal suggested, BigDecimal chosen, String reason) {
        if (chosen.compareTo(suggested) == 0) {
            return new ScoreDecision(suggested, chosen, null);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("overrideReason", "score " + chosen + " differs from the suggested "
                    + suggested + "; give a reason");
        }
        return new ScoreDecision(suggested, chosen, reason.strip());
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        // A zero denominator is a target of "≥0" or an actual of 0 against "≤": both fully met.
        return denominator.signum() == 0 ? BigDecimal.ONE : numerator.divide(denominator, MathContext.DECIMAL128);
    }
}
