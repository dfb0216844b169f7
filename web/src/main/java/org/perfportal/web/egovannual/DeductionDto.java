package org.perfportal.web.egovannual;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.perfportal.assessment.egovannual.RentDeductionGround;

/**
 * The assessor's rent deduction (租赁费核减) for an incident: the ground, the percentage of that
 * month's rent chosen within the ground's range (e.g. 7.5 for 7.5%) and the reason for it.
 */
public record DeductionDto(@NotNull RentDeductionGround ground, @NotNull BigDecimal percentage, String reason) {
}
