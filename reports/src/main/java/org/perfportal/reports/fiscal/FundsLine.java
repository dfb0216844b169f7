package org.perfportal.reports.fiscal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the project funds block (项目资金, in 元): 年初预算数 (budget at the start of the
 * year), 全年预算数 (budget for the whole year after adjustments) and 全年执行数 (amount
 * executed in the year).
 *
 * <p>Amounts are {@link BigDecimal} yuan so that the PDF shows them as ¥ with thousands
 * separators and two decimals and the XLSX keeps them as numbers; the template formats them.
 *
 * @param initialBudget 年初预算数
 * @param annualBudget  全年预算数
 * @param executed      全年执行数
 */
public record FundsLine(BigDecimal initialBudget, BigDecimal annualBudget, BigDecimal executed) {

    /** A line with no money, as the form prints 上年结转资金 / 其他资金 when unused. */
    public static final FundsLine NONE = new FundsLine(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Requires all three amounts. */
    public FundsLine {
        Objects.requireNonNull(initialBudget, "initialBudget");
        Objects.requireNonNull(annualBudget, "annualBudget");
        Objects.requireNonNull(executed, "executed");
    }
}
