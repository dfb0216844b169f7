package org.perfportal.web.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A finding of an ad-hoc inspection (不定期巡查): the day, the assessor's amount in yuan and the reason. */
public record AdHocFindingDto(@NotNull LocalDate foundOn, @NotNull BigDecimal amount, @NotBlank @Size(max = 1000) String reason) {
}
