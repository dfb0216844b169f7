package org.perfportal.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One installment of the payment schedule (付款计划中的一期), as {@link PaymentSchedule} computes it.
 *
 * @param number           1-based
 * @param firstDay         first service day covered
 * @param lastDay          last service day covered
 * @param amount           the gross installment (当期运维费用)
 * @param months           its contract months, assessed or not
 * @param monthsAssessed   how many months have a result in force
 * @param deducted         Σ money deducted of the assessed months
 * @param review           the centralized review entries applied here (last installment only)
 * @param reviewReductions Σ review reductions (核减)
 * @param recognizedCosts  Σ recognized vendor costs (认定费用)
 * @param netPayable       amount − deducted − reductions + recognized, never below 0
 * @param provisional      whether some month is not yet assessed
 * @param assessmentDate   the quarterly assessment date: the approval day of the last month's result
 * @param invoiceOn        the invoice date entered, if any
 * @param dueOn            the due date, null when it cannot be counted yet (see {@code notes})
 * @param paidOn           the payment date entered, if any
 * @param daysLate         days between due and paid (0 if on time), null when not paid or no due date
 * @param latePenalty      the agency's late-payment penalty, null when it cannot be computed
 * @param notes            why a figure is missing or provisional, in words
 */
public record ScheduledInstallment(int number, LocalDate firstDay, LocalDate lastDay, Amount amount, List<Month> months,
                                   int monthsAssessed, Amount deducted, List<ReviewAdjustment> review,
                                   Amount reviewReductions, Amount recognizedCosts, Amount netPayable, boolean provisional,
                                   LocalDate assessmentDate, LocalDate invoiceOn, LocalDate dueOn, LocalDate paidOn,
                                   Integer daysLate, Amount latePenalty, List<String> notes) {

    public ScheduledInstallment {
        months = List.copyOf(months);
        review = List.copyOf(review);
        notes = List.copyOf(notes);
    }

    /**
     * One contract month of the installment: its days and, once a result is in force, its figures.
     *
     * @param moneyDeducted the month's deduction with its capitals, null while not assessed
     */
    public record Month(YearMonth month, LocalDate firstDay, LocalDate lastDay, Optional<ScheduledMonth> result,
                        Amount moneyDeducted) {
    }
}
