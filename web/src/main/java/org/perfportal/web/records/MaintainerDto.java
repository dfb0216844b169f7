package org.perfportal.web.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A dedicated maintainer (专职运维人员) the operator names: name, phone, appointed and (if replaced) left. */
public record MaintainerDto(
        @NotBlank @Size(max = 50) String name,
        @Size(max = 30) @Pattern(regexp = "[0-9+()\\- ]*", message = "digits, spaces, +, - and parentheses only") String phone,
        @NotNull LocalDate appointedOn,
        LocalDate leftOn) {
}
