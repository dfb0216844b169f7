package org.perfportal.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Payment terms of a contract (付款条款): how the total splits into installments and months,
 * and what the agency owes when it pays late. A record of numbers only, so that each
 * tenant's scheme supplies its own values and no figure is hard-coded in the arithmetic.
 *
 * @param installmentCount         number of equal installments (分期数)
 * @param monthsPerYear            contract months the total covers; monthly fee = total ÷ this
 *                                 (a DOMAIN <b>Default</b>)
 * @param latePenaltyStepDays      days late per penalty step (每逾期 N 日)
 * @param latePenaltyRatePerStep   share of the installment charged per full step
 * @param latePenaltyCapShareOfTotal cap of the late-payment penalty as a share of the contract total
 */
public record PaymentTerms(int installmentCount, int monthsPerYear, int latePenaltyStepDays,
                           BigDecimal latePenaltyRatePerStep, BigDecimal latePenaltyCapShareOfTotal) {

    public PaymentTerms {
        if (installmentCount <= 0 || monthsPerYear <= 0 || monthsPerYear % installmentCount != 0) {
            throw new IllegalArgumentException("months per year must split evenly into installments");
        }
        if (latePenaltyStepDays <= 0) {
            throw new IllegalArgumentException("late penalty step must be positive");
        }
        Objects.requireNonNull(latePenaltyRatePerStep, "latePenaltyRatePerStep");
        Objects.requireNonNull(latePenaltyCapShareOfTotal, "latePenaltyCapShareOfTotal");
    }

    /** Contract months covered by one installment (3 for 12 months in 4 installments). */
    public int monthsPerInstallment() {
        return monthsPerYear / installmentCount;
    }

    /** The monthly fee (月运维费用): total ÷ months, in yuan to the fen. */
    public BigDecimal monthlyFee(BigDecimal contractTotal) {
        return contractTotal.divide(BigDecimal.valueOf(monthsPerYear), 2, RoundingMode.HALF_UP);
    }
}
