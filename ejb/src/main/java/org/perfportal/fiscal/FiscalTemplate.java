package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.perfportal.shared.InvalidFieldException;

/**
 * Self-evaluation template (自评指标体系与评分规则): the points for budget execution
 * (预算执行率分值), the level-1 indicator weights (一级指标权重), the qualitative band edges
 * (定性指标分档) and the grade bands (评价等级). Every figure a rule needs is a component here,
 * so another year's or another tenant's rules are a new template, not a code change.
 *
 * <p>{@link #default2020()} follows 财政部《项目支出绩效评价管理办法》(财预〔2020〕10号):
 * budget execution 10 points; 产出 50, 效益 30, 满意度 10 "in principle", adjustable per
 * project ({@link #withCategoryWeights}); qualitative bands 100–80%(含), 80–60%(含), 60–0% of
 * the weight; grades ≥90 优, 80–&lt;90 良, 60–&lt;80 中, &lt;60 差. It is what Shanghai's seeded
 * {@code shanghai-2020} scheme decodes to; the portal computes with the tenant's scheme in force
 * ({@link FiscalSchemeCodec}), never with this constant directly.
 *
 * @param basis              the document the template follows, printed with every result
 * @param executionRatePoints points for budget execution (预算执行率分值)
 * @param categoryWeights    level-1 weights; their sum is what the indicator rows must add up to
 * @param achievedFloor      lowest share of the weight for 达成 (inclusive), e.g. 0.80
 * @param partlyFloor        lowest share of the weight for 部分达成 (inclusive), e.g. 0.60
 * @param excellentFloor     lowest total graded 优
 * @param goodFloor          lowest total graded 良
 * @param fairFloor          lowest total graded 中; below it is 差
 */
public record FiscalTemplate(
        String basis,
        BigDecimal executionRatePoints,
        Map<IndicatorCategory, BigDecimal> categoryWeights,
        BigDecimal achievedFloor,
        BigDecimal partlyFloor,
        BigDecimal excellentFloor,
        BigDecimal goodFloor,
        BigDecimal fairFloor) {

    public FiscalTemplate {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(executionRatePoints, "executionRatePoints");
        Objects.requireNonNull(achievedFloor, "achievedFloor");
        Objects.requireNonNull(partlyFloor, "partlyFloor");
        Objects.requireNonNull(excellentFloor, "excellentFloor");
        Objects.requireNonNull(goodFloor, "goodFloor");
        Objects.requireNonNull(fairFloor, "fairFloor");
        for (IndicatorCategory category : IndicatorCategory.values()) {
            if (categoryWeights.get(category) == null) {
                throw new InvalidFieldException("weights", "no level-1 weight for " + category.label());
            }
        }
        categoryWeights = Map.copyOf(new EnumMap<>(categoryWeights));
        if (partlyFloor.signum() <= 0 || partlyFloor.compareTo(achievedFloor) >= 0
                || achievedFloor.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidFieldException("bands",
                    "band floors must satisfy 0 < partly (" + partlyFloor + ") < achieved (" + achievedFloor + ") ≤ 1");
        }
        if (fairFloor.compareTo(goodFloor) >= 0 || goodFloor.compareTo(excellentFloor) >= 0) {
            throw new InvalidFieldException("grades",
                    "grade floors must rise: 中 " + fairFloor + " < 良 " + goodFloor + " < 优 " + excellentFloor);
        }
    }

    /** The 2020 template of 财预〔2020〕10号 with its default level-1 weights 50 / 30 / 10. */
    public static FiscalTemplate default2020() {
        return new FiscalTemplate(
                "财预〔2020〕10号",
                new BigDecimal("10"),
                Map.of(IndicatorCategory.OUTPUT, new BigDecimal("50"),
                        IndicatorCategory.EFFECT, new BigDecimal("30"),
                        IndicatorCategory.SATISFACTION, new BigDecimal("10")),
                new BigDecimal("0.80"),
                new BigDecimal("0.60"),
                new BigDecimal("90"),
                new BigDecimal("80"),
                new BigDecimal("60"));
    }

    /**
     * The same template with a project's own level-1 weights (一级指标权重可适当调整). The new
     * weights must keep the indicator total, so the form still adds up to 100.
     */
    public FiscalTemplate withCategoryWeights(Map<IndicatorCategory, BigDecimal> weights) {
        FiscalTemplate adjusted = new FiscalTemplate(basis, executionRatePoints, weights,
                achievedFloor, partlyFloor, excellentFloor, goodFloor, fairFloor);
        if (adjusted.indicatorPoints().compareTo(indicatorPoints()) != 0) {
            throw new InvalidFieldException("weights", "level-1 weights sum to " + adjusted.indicatorPoints()
                    + ", must stay " + indicatorPoints());
        }
        return adjusted;
    }

    /** Points shared by all indicators: the sum of the level-1 weights (90 in 2020). */
    public BigDecimal indicatorPoints() {
        return categoryWeights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The level-1 weight of a category. */
    public BigDecimal weightOf(IndicatorCategory category) {
        return categoryWeights.get(category);
    }

    /** Lowest share of the weight (inclusive) an assessor may give in a qualitative band. */
    public BigDecimal bandFloor(QualitativeBand band) {
        return switch (band) {
            case ACHIEVED -> achievedFloor;
            case PARTLY_ACHIEVED -> partlyFloor;
            case NOT_ACHIEVED -> BigDecimal.ZERO;
        };
    }

    /**
     * Highest share of the weight of a qualitative band: inclusive (1) for 达成, exclusive for
     * the others because their upper edge belongs to the band above (100–80%(含), 80–60%(含)).
     */
    public BigDecimal bandCeiling(QualitativeBand band) {
        return switch (band) {
            case ACHIEVED -> BigDecimal.ONE;
            case PARTLY_ACHIEVED -> achievedFloor;
            case NOT_ACHIEVED -> partlyFloor;
        };
    }

    /** The grade of a total score. */
    public Grade grade(BigDecimal total) {
        if (total.compareTo(excellentFloor) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(goodFloor) >= 0) {
            return Grade.GOOD;
        }
        if (total.compareTo(fairFloor) >= 0) {
            return Grade.FAIR;
        }
        return Grade.POOR;
    }
}
