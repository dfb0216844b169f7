package org.perfportal.payment;

import java.time.LocalDate;

/**
 * What finance records about one installment's payment (付款登记): the day the vendor's invoice was
 * received (开具发票) and the day the agency paid. Both optional.
 *
 * @param invoiceOn the invoice date, {@code null} when not entered
 * @param paidOn    the payment date, {@code null} while unpaid
 */
public record InstallmentDates(LocalDate invoiceOn, LocalDate paidOn) {

    public static InstallmentDates none() {
        return new InstallmentDates(null, null);
    }
}
