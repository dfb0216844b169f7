package org.perfportal.payment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An installment (分期款): one share of the contract total covering a run of contract months,
 * e.g. the first Luohe installment of ¥2,906,250.00 for 2026-06-10 … 2026-09-09.
 *
 * @param number    1-based position in the plan
 * @param firstDay  first service day covered (inclusive)
 * @param lastDay   last service day covered (inclusive)
 * @param amount    gross amount before assessment deductions
 */
public record Installment(int number, LocalDate firstDay, LocalDate lastDay, BigDecimal amount) {
}
