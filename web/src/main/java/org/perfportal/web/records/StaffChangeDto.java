package org.perfportal.web.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A staff change (人员变动) of the operator and the day it was notified in writing (书面通知), if it was. */
public record StaffChangeDto(@NotNull LocalDate changedOn, @NotBlank @Size(max = 1000) String description,
                             LocalDate writtenNoticeOn) {
}
