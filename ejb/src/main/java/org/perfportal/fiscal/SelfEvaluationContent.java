package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
     * The result of this content as the form of {@code project} under {@code template}, the scheme
     * in force: {@link #toForm}, scored by {@link SelfEvaluationCalculator} with the template
     * adjusted to the level-1 weights this form gives its rows.
     *
     * @throws InvalidFieldException naming the first field that breaks a rule
     */
    SelfEvaluationResult evaluate(FiscalProject project, FiscalTemplate template) {
        SelfEvaluationForm form = toForm(project, template);
        return SelfEvaluationCalculator.evaluate(form, adjusted(template, form));
    }

    /**
     * This content with every linked row's actual value filled from its figure (关联指标取数).
     *
     * @param measures the measure of a figure for the project's year; empty when no provider of
     *                 that figure is installed
     * @throws InvalidFieldException on {@code indicators[i].link} for a figure that cannot be read
     *                               or cannot fill that row
     */
    SelfEvaluationContent withLinkedValues(Function<LinkedFigure, Optional<LinkedMeasure>> measures) {
        List<IndicatorEntry> filled = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorEntry entry = indicators.get(i);
            if (entry.link() == null) {
                filled.add(entry);
                continue;
            }
            String field = "indicators[" + i + "]";
            LinkedMeasure measure = measures.apply(entry.link()).orElseThrow(() -> new InvalidFieldException(field + ".link",
                    "no source of " + entry.link().label() + " is installed in this portal"));
            filled.add(entry.filledFrom(field, measure));
        }
        return new SelfEvaluationContent(annualGoal, actualCompletion, initialBudget, annualBudget, executed, overBudgetNote,
                filled, recorded);
    }

    /**
     * The calculator's form for {@code project}, every rule on funds and targets applied. A form
     * entered here must also give a reason (调整理由) for every score that departs from the rule's
     * suggestion, and pick a band (档次) for every qualitative row, its score inside the band
     * unless a reason says why not; an imported form is evidence as filed, so there departures
     * are only warned of.
     *
     * @throws InvalidFieldException naming the first field that breaks a rule
     */
    private SelfEvaluationForm toForm(FiscalProject project, FiscalTemplate template) {
        ProjectFunds funds = new ProjectFunds(initialBudget, annualBudget, executed, overBudgetNote);
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            String field = "indicators[" + i + "]";
            IndicatorEntry entry = indicators.get(i);
            IndicatorRow row = entry.toRow(field);
            if (recorded == null) {
                requireJustifiedScore(field, row, entry, template);
            }
            rows.add(row);
        }
        return new SelfEvaluationForm(project.name(), project.competentDepartment(), project.implementingUnit(),
                project.year(), funds, rows, recorded);
    }

    /**
     * A quantitative row is scored by ratio: its score is the suggestion or has a reason, and a
     * band makes no sense there. A row the rules cannot score by ratio (a qualitative target, or
     * an actual that is not a number in the target's unit) is scored by band: a qualitative
     * target needs one, and the score lies in it or has a reason.
     */
    private static void requireJustifiedScore(String field, IndicatorRow row, IndicatorEntry entry, FiscalTemplate template) {
        Optional<BigDecimal> suggested = row.suggestedScore();
        if (suggested.isPresent()) {
            if (entry.band() != null) {
                throw new InvalidFieldException(field + ".band", "'" + row.actual() + "' against '" + row.target().text()
                        + "' is scored by ratio (suggested " + suggested.get() + "); a band is for qualitative rows");
            }
            try {
                IndicatorScoring.decide(suggested.get(), row.score(), entry.overrideReason());
            } catch (InvalidFieldException e) {
                throw new InvalidFieldException(field + ".overrideReason", e.getMessage());
            }
            return;
        }
        if (entry.band() == null) {
            if (!row.target().isQuantitative()) {
                throw new InvalidFieldException(field + ".band", "a qualitative indicator needs its band: "
                        + Arrays.stream(QualitativeBand.values()).map(b -> b.name() + " (" + b.label() + ")").toList());
            }
            return;
        }
        boolean reasoned = entry.overrideReason() != null && !entry.overrideReason().isBlank();
        try {
            IndicatorScoring.pickInBand(template, entry.band(), row.weight(), row.score());
        } catch (InvalidFieldException e) {
            if (!reasoned) {
                throw new InvalidFieldException(field + ".score", e.getMessage() + "; give an overrideReason to score outside it");
            }
        }
    }

    /**
     * The scheme's template with the level-1 weights this form gives its rows (一级指标权重可适当调整):
     * each project of 2020 adjusted the default 50/30/10, so the form's own category sums are its
     * weights, and the template still insists they add up to its indicator points (90).
     *
     * @throws InvalidFieldException on {@code weights} when they do not
     */
    private static FiscalTemplate adjusted(FiscalTemplate template, SelfEvaluationForm form) {
        Map<IndicatorCategory, BigDecimal> weights = new EnumMap<>(IndicatorCategory.class);
        for (IndicatorCategory category : IndicatorCategory.values()) {
            weights.put(category, BigDecimal.ZERO);
        }
        form.indicators().forEach(row -> weights.merge(row.category(), row.weight(), BigDecimal::add));
        return template.withCategoryWeights(weights);
    }
}
