package org.perfportal.web.records.ommonthly;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** A unit's confirmation that a fault is restored (确认恢复), with the {@code version} read. */
public record ConfirmationDto(@NotNull OffsetDateTime confirmed, @NotNull Long version) {
}
