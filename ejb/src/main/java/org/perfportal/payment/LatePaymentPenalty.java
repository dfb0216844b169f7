package org.perfportal.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Late-payment penalty (逾期付款违约金) owed by the agency: a share of the installment per
 * full step of days late (Luohe: 1% per 5 days), capped at a share of the contract total
 * (Luohe: 20%). The due date is an input because it comes from the working-day calendar,
 * which is another capability's job.
 */
public final class LatePaymentPenalty {

    private final PaymentTerms terms;

    public LatePaymentPenalty(PaymentTerms terms) {
        this.terms = terms;
    }

    /** Penalty for paying {@code installmentAmount} on {@code paidOn} instead of {@code dueOn}. */
    public BigDecimal penalty(BigDecimal installmentAmount, BigDecimal contractTotal, LocalDate dueOn, LocalDate paidOn) {
        long daysLate = Math.max(0, ChronoUnit.DAYS.between(dueOn, paidOn));
        long fullSteps = daysLate / terms.latePenaltyStepDays();
        BigDecimal uncapped = installmentAmount.multiply(terms.latePenaltyRatePerStep())
                .multiply(BigDecimal.valueOf(fullSteps));
        BigDecimal cap = contractTotal.multiply(terms.latePenaltyCapShareOfTotal());
        return uncapped.min(cap).setScale(2, RoundingMode.HALF_UP);
    }
}
