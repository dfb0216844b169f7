package org.perfportal.web.records;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/** A backbone failure (主干线路破坏): reported, responded to and restored, with offsets. */
public record BackboneFailureDto(@NotNull OffsetDateTime reported, OffsetDateTime responded, OffsetDateTime restored) {
}
