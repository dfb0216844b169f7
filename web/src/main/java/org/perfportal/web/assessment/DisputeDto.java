package org.perfportal.web.assessment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The vendor's dispute (复核申请) of an approved month, with its reason and the version read. */
public record DisputeDto(@Size(max = 2000) String reason, @NotNull Long version) {
}
