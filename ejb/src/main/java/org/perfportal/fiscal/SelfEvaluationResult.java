package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.util.List;

/**
 * The computed self-evaluation (自评结果): budget execution, the sum of indicator scores, the total
 * (总分) and grade (评价等级), with the template basis that produced them and any consistency
 * warnings against figures recorded on the form.
 *
 * @param basis          the template's basis, e.g. 财预〔2020〕10号
 * @param budgetPoints   the points budget execution is worth (预算执行率分值, 10 under 财预〔2020〕10号)
 * @param budget         execution rate and budget score
 * @param indicatorScore Σ indicator scores (得分)
 * @param total          budget score + indicator score
 * @param grade          the grade of the total
 * @param warnings       recorded figures that disagree with computed ones; empty when none
 * @param tableWarnings  an imported form's table contradicting itself ({@link PrintedTableChecks}); empty when none
 */
public record SelfEvaluationResult(String basis, BigDecimal budgetPoints, BudgetExecution budget, BigDecimal indicatorScore,
        BigDecimal total, Grade grade, List<ConsistencyWarning> warnings, List<TableWarning> tableWarnings) {

    public SelfEvaluationResult {
        warnings = List.copyOf(warnings);
        tableWarnings = List.copyOf(tableWarnings);
    }
}
