package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rent deduction the assessor decides for one incident (租赁费核减): the ground, the
 * percentage of the month's rent chosen within the ground's range, and the reason for that
 * choice. {@link NetworkRentRule} checks the range, the reason and, for a missed arrival,
 * that the incident really qualifies.
 *
 * @param id         the deduction's id
 * @param incidentId the incident of the same month it is for
 * @param ground     why the rent is reduced
 * @param percentage percent of the month's rent, e.g. 7.5
 * @param reason     why this percentage, required
 */
public record RentDeduction(String id, String incidentId, RentDeductionGround ground, BigDecimal percentage,
                            String reason) {

    public RentDeduction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(percentage, "percentage");
    }
}
