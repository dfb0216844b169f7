package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.util.Objects;

import org.perfportal.shared.InvalidFieldException;

/**
 * One column of the project funds block (项目资金): a total in yuan and its sources, current-year
 * appropriation (当年财政拨款), prior-year carry-over (上年结转资金) and other funds (其他资金).
 * The form prints the total and the split separately, so they can disagree; {@link
 * #requireBalanced} catches that, naming the column.
 *
 * @param total                    年度资金总额 of this column
 * @param currentYearAppropriation 当年财政拨款
 * @param priorYearCarryover       上年结转资金
 * @param otherFunds               其他资金
 */
public record FundSplit(BigDecimal total, BigDecimal currentYearAppropriation,
        BigDecimal priorYearCarryover, BigDecimal otherFunds) {

    public FundSplit {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(currentYearAppropriation, "currentYearAppropriation");
        Objects.requireNonNull(priorYearCarryover, "priorYearCarryover");
        Objects.requireNonNull(otherFunds, "otherFunds");
    }

    /** A column funded by the current-year appropriation alone, as all four 2020 forms are. */
    public static FundSplit appropriationOnly(BigDecimal amount) {
        return new FundSplit(amount, amount, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * @throws InvalidFieldException naming {@code field.source} for a negative amount, since no
     *                               column of the form can hold less than nothing, or {@code field}
     *                               when the sources do not add up to the total
     */
    void requireBalanced(String field) {
        requireNotNegative(field + ".total", total);
        requireNotNegative(field + ".currentYearAppropriation", currentYearAppropriation);
        requireNotNegative(field + ".priorYearCarryover", priorYearCarryover);
        requireNotNegative(field + ".otherFunds", otherFunds);
        BigDecimal sources = currentYearAppropriation.add(priorYearCarryover).add(otherFunds);
        if (sources.compareTo(total) != 0) {
            throw new InvalidFieldException(field, "当年财政拨款 " + currentYearAppropriation + " + 上年结转资金 "
                    + priorYearCarryover + " + 其他资金 " + otherFunds + " = " + sources + ", but the total is " + total);
        }
    }

    private static void requireNotNegative(String field, BigDecimal amount) {
        if (amount.signum() < 0) {
            throw new InvalidFieldException(field, "an amount cannot be negative, was " + amount);
        }
    }
}
