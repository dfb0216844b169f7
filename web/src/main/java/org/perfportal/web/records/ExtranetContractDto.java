package org.perfportal.web.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An operator's contract (运营商合同) as the tenant admin registers it: the vendor's id, contract
 * name and number, the service period (服务期) and the half-year final payment (半年尾款, yuan).
 */
public record ExtranetContractDto(
        @NotNull Long vendorId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 60) String number,
        @NotNull @Valid ServicePeriod servicePeriod,
        @NotNull BigDecimal finalPayment) {

    /** The service period (服务期), both days included. */
    public record ServicePeriod(@NotNull LocalDate start, @NotNull LocalDate end) {
    }
}
