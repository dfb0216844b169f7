package org.perfportal.web.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.perfportal.assessment.extranet.ForceMajeureCause;

/** A force-majeure exemption (不可抗力免责) the approver grants on a record, e.g. {@code fault-12}. */
public record ExemptionDto(@NotBlank String record, @NotNull ForceMajeureCause cause,
                           @NotBlank @Size(max = 1000) String explanation) {
}
