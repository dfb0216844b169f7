package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perfportal.shared.InvalidFieldException;

/**
 * Computes a self-evaluation (自评计算): checks the indicator weights (指标分值) against the
 * template, scores budget execution (预算执行率得分), adds the indicator scores (得分) into the
 * total (总分), grades it (评价等级), and compares every figure recorded on the form with the
 * computed one. Disagreements become {@link ConsistencyWarning}s and the computed figures stand
 * beside the recorded ones, never replacing them silently, because a filed form is evidence.
 *
 * <p>Indicator scores are the form's own (the assessor's judgement); where a rule suggests a
 * different score, that too is listed as a warning so an unexplained override is visible.
 */
public final class SelfEvaluationCalculator {

    private SelfEvaluationCalculator() {
    }

    /**
     * @throws InvalidFieldException on {@code weights} when the indicator weights do not sum to
     *                               the template's indicator points, in total or per level-1 category
     */
    public static SelfEvaluationResult evaluate(SelfEvaluationForm form, FiscalTemplate template) {
        requireWeights(form.indicators(), template);
        BudgetExecution budget = BudgetExecution.of(form.funds(), template);
        BigDecimal indicatorScore = form.indicators().stream().map(IndicatorRow::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = budget.score().add(indicatorScore);

        List<ConsistencyWarning> warnings = new ArrayList<>();
        form.recordedFigures().ifPresent(recorded -> {
            compare(warnings, "executionRate", recorded.ratePercent(), budget.ratePercent(), "%");
            compare(warnings, "budgetScore", recorded.budgetScore(), budget.score(), "");
            compare(warnings, "total", recorded.total(), total, "");
        });
        for (int i = 0; i < form.indicators().size(); i++) {
            IndicatorRow row = form.indicators().get(i);
            Optional<BigDecimal> suggested = row.suggestedScore();
            if (suggested.isPresent() && suggested.get().compareTo(row.score()) != 0) {
                String why = row.deviation().isEmpty() ? "no reason on the form" : "偏差原因: " + row.deviation();
                warnings.add(new ConsistencyWarning("indicators[" + i + "].score", fmt(row.score(), ""),
                        fmt(suggested.get(), ""), label(row) + " " + row.target().text() + " → " + row.actual() + "; " + why));
            }
        }
        // An imported form is read as the printed table it is, row against row; a form entered here was checked on entry.
        List<TableWarning> table = form.recordedFigures().isPresent() ? PrintedTableChecks.of(form.indicators()) : List.of();
        return new SelfEvaluationResult(template.basis(), template.executionRatePoints(), budget, indicatorScore, total,
                template.grade(total), warnings, table);
    }

    private static void requireWeights(List<IndicatorRow> rows, FiscalTemplate template) {
        BigDecimal sum = rows.stream().map(IndicatorRow::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(template.indicatorPoints()) != 0) {
            throw new InvalidFieldException("weights", "indicator weights sum to " + sum + ", must be "
                    + template.indicatorPoints());
        }
        for (IndicatorCategory category : IndicatorCategory.values()) {
            BigDecimal categorySum = rows.stream().filter(r -> r.category() == category).map(IndicatorRow::weight)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (categorySum.compareTo(template.weightOf(category)) != 0) {
                throw new InvalidFieldException("weights", category.label() + " weights sum to " + categorySum
                        + ", the template gives " + template.weightOf(category));
            }
        }
    }

    private static void compare(List<ConsistencyWarning> warnings, String field, BigDecimal recorded,
            BigDecimal computed, String unit) {
        if (recorded.compareTo(computed) != 0) {
            warnings.add(new ConsistencyWarning(field, fmt(recorded, unit), fmt(computed, unit), ""));
        }
    }

    private static String fmt(BigDecimal value, String unit) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString() + unit;
    }

    private static String label(IndicatorRow row) {
        return row.level3().isEmpty() ? row.level2() : row.level3();
    }
}
