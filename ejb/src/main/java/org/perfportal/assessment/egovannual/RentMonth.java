package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import org.perfportal.shared.InvalidFieldException;

/**
 * One month of dedicated-network rent (月度专网租赁费) with the month's maintenance incidents
 * and the deductions the assessor decided for them. Rent is in yuan to the fen, as invoiced.
 *
 * @param month      the calendar month
 * @param rent       the month's rent, yuan, at most two decimals
 * @param incidents  the month's maintenance incidents
 * @param deductions the assessor's deductions, each for one of the incidents
 */
public record RentMonth(YearMonth month, BigDecimal rent, List<MaintenanceIncident> incidents,
                        List<RentDeduction> deductions) {

    public RentMonth {
        Objects.requireNonNull(month, "month");
        if (rent == null || rent.signum() < 0 || rent.stripTrailingZeros().scale() > 2) {
            throw new InvalidFieldException("rent", month + ": rent must be yuan to the fen, was " + rent);
        }
        incidents = List.copyOf(incidents);
        deductions = List.copyOf(deductions);
    }
}
