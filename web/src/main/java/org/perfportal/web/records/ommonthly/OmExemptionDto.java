package org.perfportal.web.records.ommonthly;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A force-majeure exemption (不可抗力减免) the approver grants on a record ({@code fault-12}), with the reason. */
public record OmExemptionDto(@NotBlank String record, @NotBlank @Size(max = 2000) String reason) {
}
