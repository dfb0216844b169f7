package org.perfportal.reports.payment;

/**
 * A detail row of the payment schedule template: one month with the installment it belongs to,
 * which the template groups by. Built by {@link PaymentScheduleRenderer}, never by callers.
 *
 * @param installment the installment
 * @param month       one of its months
 */
public record ScheduleRow(InstallmentLine installment, MonthLine month) {
}
