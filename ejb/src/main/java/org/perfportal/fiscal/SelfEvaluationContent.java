package org.perfportal.fiscal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import org.perfportal.shared.InvalidFieldException;

/**
 * What the implementing unit writes on a self-evaluation form (自评表内容): the annual overall
 * goal (年度总体目标) and its actual completion (实际完成情况), the funds (项目资金) by column and
 * source, the indicator rows, and — for a form imported from paper — the figures printed on it
 * (表上填报数). Unvalidated input: {@link #evaluate} applies the fiscal rules to it.
 *
 * @param annualGoal       年度总体目标
 * @param actualCompletion 实际完成情况
 * @param initialBudget    年初预算数
 * @param annualBudget     全年预算数
 * @param executed         全年执行数
 * @param overBudgetNote   超预算说明, or {@code null}
 * @param indicators       the indicator rows in printed order
 * @param recorded         printed figures of an imported form, or {@code null}
 */
public record SelfEvaluationContent(String annualGoal, String actualCompletion, FundSplit initialBudget,
        FundSplit annualBudget, FundSplit executed, String overBudgetNote, List<IndicatorEntry> indicators,
        RecordedFigures recorded) {

    public SelfEvaluationContent {
        indicators = List.copyOf(indicators);
    }

    /**
     * The result of this content as the form of {@code project}: {@link #toForm}, scored by
     * {@link SelfEvaluationCalculator} with {@link #templateFor} its level-1 weights.
     *
     * @throws InvalidFieldException naming the first field that breaks a rule
     */
    SelfEvaluationResult evaluate(FiscalProject project) {
        SelfEvaluationForm form = toForm(project);
        return SelfEvaluationCalculator.evaluate(form, templateFor(form));
    }

    /**
     * The calculator's form for {@code project}, every rule on funds and targets applied. A form
     * entered here must also give a reason (调整理由) for every score that departs from the rule's
     * suggestion; an imported form is evidence as filed, so there the departure is only warned of.
     *
     * @throws InvalidFieldException naming the first field that breaks a rule
     */
    private SelfEvaluationForm toForm(FiscalProject project) {
        ProjectFunds funds = new ProjectFunds(initialBudget, annualBudget, executed, overBudgetNote);
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            String field = "indicators[" + i + "]";
            IndicatorEntry entry = indicators.get(i);
            IndicatorRow row = entry.toRow(field);
            if (recorded == null) {
                requireOverrideReason(field, row, entry.overrideReason());
            }
            rows.add(row);
        }
        return new SelfEvaluationForm(project.name(), project.competentDepartment(), project.implementingUnit(),
                project.year(), funds, rows, recorded);
    }

    private static void requireOverrideReason(String field, IndicatorRow row, String reason) {
        row.suggestedScore().ifPresent(suggested -> {
            try {
                IndicatorScoring.decide(suggested, row.score(), reason);
            } catch (InvalidFieldException e) {
                throw new InvalidFieldException(field + ".overrideReason", e.getMessage());
            }
        });
    }

    /**
     * The 2020 template with the level-1 weights this form gives its rows (一级指标权重可适当调整):
     * each project of 2020 adjusted 50/30/10, so the form's own category sums are its weights,
     * and the template still insists they add up to its 90 indicator points.
     *
     * @throws InvalidFieldException on {@code weights} when they do not sum to 90
     */
    private static FiscalTemplate templateFor(SelfEvaluationForm form) {
        Map<IndicatorCategory, BigDecimal> weights = new EnumMap<>(IndicatorCategory.class);
        for (IndicatorCategory category : IndicatorCategory.values()) {
            weights.put(category, BigDecimal.ZERO);
        }
        form.indicators().forEach(row -> weights.merge(row.category(), row.weight(), BigDecimal::add));
        return FiscalTemplate.default2020().withCategoryWeights(weights);
    }
}
