package org.perfportal.web.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.perfportal.assessment.extranet.LocationClass;

/**
 * An extranet line (电子政务外网线路) to register: code, using unit id, location class, bandwidth,
 * monthly fee, the operator contract it is leased under ({@code contractId}) and its first day in
 * service ({@code inServiceFrom}, default the contract's first day).
 */
public record ExtranetLineDto(
        @NotBlank @Size(max = 40) String code,
        @NotNull Long usingUnitId,
        @NotNull LocationClass location,
        @Size(max = 20) String bandwidth,
        @NotNull BigDecimal monthlyFee,
        Long contractId,
        LocalDate inServiceFrom) {
}
