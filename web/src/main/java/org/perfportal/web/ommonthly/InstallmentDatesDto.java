package org.perfportal.web.ommonthly;

import java.time.LocalDate;

/** Finance's record of an installment (付款登记): invoice and payment dates, and the version read (none the first time). */
public record InstallmentDatesDto(LocalDate invoiceOn, LocalDate paidOn, Long version) {
}
