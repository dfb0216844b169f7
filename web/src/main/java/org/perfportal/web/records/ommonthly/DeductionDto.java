package org.perfportal.web.records.ommonthly;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A deduction item (扣分项) the assessor enters: contract, month, kind (e.g.
 * {@code RESPONSIBLE_COMPLAINT}), points (a JSON number or numeric string, inside the kind's range),
 * reason, evidence and an optional file reference, the unit concerned and optionally the item.
 * {@code points} is read as raw JSON so that a non-numeric value is refused naming {@code points}.
 */
public record DeductionDto(@NotNull Long contractId, @NotBlank String month, @NotBlank String kind,
                           @NotNull JsonValue points, @NotBlank @Size(max = 2000) String reason,
                           @NotBlank @Size(max = 2000) String evidence, @Size(max = 200) String evidenceFile,
                           @NotNull Long unitId, Long itemId) {
}
