package org.perfportal.web.records.ommonthly;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A money penalty (处罚) the assessor enters: contract, month, kind (e.g. {@code VIOLATION}), for a
 * rate tariff the {@code rate} of the month's fee (0.10–0.30), for a fixed one optionally the
 * {@code amount} (checked against the tariff), reason, evidence. Numbers are read as raw JSON so
 * that a non-numeric value is refused naming its field.
 */
public record PenaltyDto(@NotNull Long contractId, @NotBlank String month, @NotBlank String kind, JsonValue rate,
                         JsonValue amount, @NotBlank @Size(max = 2000) String reason,
                         @NotBlank @Size(max = 2000) String evidence, @Size(max = 200) String evidenceFile) {
}
