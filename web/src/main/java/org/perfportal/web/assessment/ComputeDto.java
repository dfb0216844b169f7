package org.perfportal.web.assessment;

import jakarta.validation.constraints.NotBlank;

/** A request to compute the assessment (考核计算) of one period, e.g. {@code 2026-H1}. */
public record ComputeDto(@NotBlank String period) {
}
