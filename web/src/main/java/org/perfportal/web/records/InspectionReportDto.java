package org.perfportal.web.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A quarterly inspection report (季度巡检报告) as the operator enters it: quarter, day submitted, what was inspected. */
public record InspectionReportDto(
        @NotBlank String quarter,
        @NotNull LocalDate submittedOn,
        @NotBlank @Size(max = 4000) String description) {
}
