package org.perfportal.web.fiscal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.perfportal.fiscal.FundSplit;

/**
 * One funds column (年初预算数 / 全年预算数 / 全年执行数) in yuan: total and its sources 当年财政拨款,
 * 上年结转资金, 其他资金. Amounts are JSON numbers read as {@link BigDecimal}, at most two decimals,
 * never a double; whether they add up is the domain's rule, not checked here.
 */
public record FundSplitDto(
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal total,
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal currentYearAppropriation,
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal priorYearCarryover,
        @NotNull @Digits(integer = 16, fraction = 2) BigDecimal otherFunds) {

    static FundSplitDto of(FundSplit split) {
        return new FundSplitDto(split.total(), split.currentYearAppropriation(), split.priorYearCarryover(),
                split.otherFunds());
    }

    FundSplit toSplit() {
        return new FundSplit(total, currentYearAppropriation, priorYearCarryover, otherFunds);
    }
}
