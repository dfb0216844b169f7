package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The operator's contract (运营商合同) covering a half-year, as far as the settlement and the sheet
 * need it: its id and number, name, operator, service period and half-year final payment (半年尾款).
 */
public record CoveringContract(long id, String number, String name, String vendorName, LocalDate serviceStart,
                               LocalDate serviceEnd, BigDecimal finalPayment) {
}
