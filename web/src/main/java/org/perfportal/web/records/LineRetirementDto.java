package org.perfportal.web.records;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A line's retirement (线路撤销): the first day it is out of service, and the line's version as read. */
public record LineRetirementDto(@NotNull LocalDate retiredOn, @NotNull Long version) {
}
