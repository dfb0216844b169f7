package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;

/**
 * The month's money deduction (当月运维费用扣减): the grade's rate × the month's fee (结果运用),
 * plus the money penalties of the month on top (在当月考评定级的基础上), capped at the month's
 * fee when the scheme's cap is on (DOMAIN <b>Default</b>). Lines are yuan deducted; a cap line
 * is negative so the lines still add up; {@link #publish} rounds the total to the fen.
 */
public final class MonthlyMoneyRule {

    static final String GRADE_CLAUSE = "附件3 七 结果运用";
    static final String CAP_CLAUSE = "DOMAIN §2 Default: 当月扣减不超过当月运维费用";
    static final String GRADE_CODE = "MONEY-GRADE";
    static final String PENALTY_CODE_PREFIX = "MONEY-PENALTY-";
    static final String CAP_CODE = "MONEY-CAP";

    private final OmSchemeParameters parameters;

    public MonthlyMoneyRule(OmSchemeParameters parameters) {
        this.parameters = parameters;
    }

    public TracedValue deductions(GradeBand band, BigDecimal monthlyFee, List<MoneyPenalty> penalties,
                                  Exemptions exemptions) {
        List<TraceLine> lines = new ArrayList<>();
        lines.add(TraceLine.of(GRADE_CODE, GRADE_CLAUSE,
                band.grade().chinese() + "：扣减当月运维费 " + monthlyFee.toPlainString() + " 元的 "
                        + band.feeDeductionRate().movePointRight(2).stripTrailingZeros().toPlainString() + "%",
                Measure.YUAN, band.feeDeductionRate().multiply(monthlyFee), List.of()));
        for (MoneyPenalty penalty : penalties) {
            TraceLine line = TraceLine.of(PENALTY_CODE_PREFIX + penalty.kind(), penalty.kind().clause(), penalty.reason(),
                    Measure.YUAN, amountOf(penalty, monthlyFee), List.of(penalty.id()));
            lines.add(exemptions.apply(line, penalty.id()));
        }
        BigDecimal total = TracedValue.sumOf(lines).value();
        if (parameters.monthlyCapToFee() && total.compareTo(monthlyFee) > 0) {
            lines.add(TraceLine.of(CAP_CODE, CAP_CLAUSE, "扣减合计 " + total.toPlainString() + " 元，以当月运维费为上限",
                    Measure.YUAN, monthlyFee.subtract(total), List.of()));
        }
        return TracedValue.sumOf(lines);
    }

    /** The yuan deducted, to the fen, rounded HALF_UP once. */
    public BigDecimal publish(TracedValue deductions) {
        return deductions.value().setScale(2, RoundingMode.HALF_UP);
    }

    private BigDecimal amountOf(MoneyPenalty penalty, BigDecimal monthlyFee) {
        PenaltyTariff tariff = parameters.penaltyTariffs().get(penalty.kind());
        if (tariff.isFixedAmount()) {
            if (penalty.rate() != null) {
                throw new IllegalArgumentException("penalty " + penalty.id() + ": " + penalty.kind() + " is a fixed amount");
            }
            return tariff.fixedAmount();
        }
        BigDecimal rate = penalty.rate() != null ? penalty.rate()
                : tariff.minRate().compareTo(tariff.maxRate()) == 0 ? tariff.minRate() : null;
        if (rate == null || rate.compareTo(tariff.minRate()) < 0 || rate.compareTo(tariff.maxRate()) > 0) {
            throw new IllegalArgumentException("penalty " + penalty.id() + ": rate must lie in "
                    + tariff.minRate() + "–" + tariff.maxRate());
        }
        return rate.multiply(monthlyFee);
    }
}
