package org.perfportal.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The installment plan (付款计划) of a contract and the net payable (应付金额) of each
 * installment after the monthly assessment deductions (考核扣减) of its months.
 *
 * <p>Each installment is total ÷ count; the last one takes any remainder so that the plan
 * always adds up to the total to the fen. Periods follow the contract's own calendar (the
 * 10th to the 9th for Luohe), not calendar quarters.
 */
public final class InstallmentPlan {

    private final PaymentTerms terms;

    public InstallmentPlan(PaymentTerms terms) {
        this.terms = terms;
    }

    /** Splits the contract total over the service period starting on {@code firstServiceDay}. */
    public List<Installment> installments(BigDecimal contractTotal, LocalDate firstServiceDay) {
        BigDecimal share = contractTotal.divide(BigDecimal.valueOf(terms.installmentCount()), 2, RoundingMode.DOWN);
        List<Installment> plan = new ArrayList<>();
        BigDecimal allocated = BigDecimal.ZERO;
        for (int i = 0; i < terms.installmentCount(); i++) {
            boolean last = i == terms.installmentCount() - 1;
            BigDecimal amount = last ? contractTotal.subtract(allocated) : share;
            LocalDate first = firstServiceDay.plusMonths((long) i * terms.monthsPerInstallment());
            LocalDate lastDay = first.plusMonths(terms.monthsPerInstallment()).minusDays(1);
            plan.add(new Installment(i + 1, first, lastDay, amount.setScale(2, RoundingMode.UNNECESSARY)));
            allocated = allocated.add(amount);
        }
        return plan;
    }

    /**
     * Net payable = installment − Σ the monthly deductions of its months. Fewer months than
     * the installment covers are accepted (an installment still running); more are an error.
     */
    public BigDecimal netPayable(Installment installment, List<BigDecimal> monthlyDeductions) {
        if (monthlyDeductions.size() > terms.monthsPerInstallment()) {
            throw new IllegalArgumentException("installment " + installment.number() + " covers only "
                    + terms.monthsPerInstallment() + " months, got " + monthlyDeductions.size() + " deductions");
        }
        BigDecimal deducted = monthlyDeductions.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return installment.amount().subtract(deducted).setScale(2, RoundingMode.HALF_UP);
    }
}
