package org.perfportal.web.scheme;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A scheme version (考核办法版本) as the administrator writes it: kind, label, effective date and
 * the parameter document; {@code version} is the one read, required when revising a draft.
 */
public record SchemeDto(
        @NotBlank @Size(max = 40) String kind,
        @NotBlank @Size(max = 60) String versionLabel,
        @NotNull LocalDate effectiveFrom,
        @NotNull JsonObject parameters,
        Long version) {
}
