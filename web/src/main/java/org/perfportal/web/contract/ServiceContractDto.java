package org.perfportal.web.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An O&amp;M service contract (运维服务合同) as the tenant admin registers it: the vendor's id, the
 * name, the service period (服务期, both days included), the total (合同总额, yuan) and the number
 * of equal installments (分期数, 4 when omitted as in Luohe's contract).
 */
public record ServiceContractDto(
        @NotNull Long vendorId,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid Period period,
        @NotNull BigDecimal total,
        Integer installments) {

    /** The service period (服务期), both days included. */
    public record Period(@NotNull LocalDate start, @NotNull LocalDate end) {
    }
}
