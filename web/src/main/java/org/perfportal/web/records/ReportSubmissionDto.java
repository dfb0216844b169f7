package org.perfportal.web.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The submission of a half-year inspection report (巡检报告): the half-year covered, e.g. 2026-H1, and the day. */
public record ReportSubmissionDto(@NotBlank String period, @NotNull LocalDate submittedOn) {
}
