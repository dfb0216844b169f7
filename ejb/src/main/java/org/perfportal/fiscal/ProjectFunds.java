package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.util.Objects;

import org.perfportal.shared.InvalidFieldException;

/**
 * Project funds (项目资金, 元) of a self-evaluation: the budget at the start of the year
 * (年初预算数), the full-year budget after adjustments (全年预算数) and the full-year execution
 * (全年执行数), each split by source. Built only when every split adds up, and when execution
 * exceeds the budget only with a written note (超预算说明), because spending over budget is an
 * exception the evaluator must explain.
 *
 * @param initialBudget  年初预算数
 * @param annualBudget   全年预算数, the denominator of the execution rate
 * @param executed       全年执行数
 * @param overBudgetNote why execution exceeds the full-year budget; may be {@code null} otherwise
 */
public record ProjectFunds(FundSplit initialBudget, FundSplit annualBudget, FundSplit executed,
        String overBudgetNote) {

    public ProjectFunds {
        Objects.requireNonNull(initialBudget, "initialBudget");
        Objects.requireNonNull(annualBudget, "annualBudget");
        Objects.requireNonNull(executed, "executed");
        initialBudget.requireBalanced("initialBudget");
        annualBudget.requireBalanced("annualBudget");
        executed.requireBalanced("executed");
        if (annualBudget.total().signum() <= 0) {
            throw new InvalidFieldException("annualBudget", "the full-year budget must be positive, was "
                    + annualBudget.total());
        }
        if (executed.total().compareTo(annualBudget.total()) > 0
                && (overBudgetNote == null || overBudgetNote.isBlank())) {
            throw new InvalidFieldException("overBudgetNote", "execution " + executed.total()
                    + " exceeds the full-year budget " + annualBudget.total() + "; explain why");
        }
    }

    /** Funds of a form that states no over-budget note (execution within budget). */
    public static ProjectFunds withinBudget(FundSplit initialBudget, FundSplit annualBudget, FundSplit executed) {
        return new ProjectFunds(initialBudget, annualBudget, executed, null);
    }
}
