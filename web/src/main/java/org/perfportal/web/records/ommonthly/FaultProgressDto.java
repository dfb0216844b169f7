package org.perfportal.web.records.ommonthly;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** A fault's progress (response, restore) or corrected times, with the {@code version} read. */
public record FaultProgressDto(@NotNull OffsetDateTime reported, OffsetDateTime responded, OffsetDateTime restored,
                               @NotNull Long version) {
}
