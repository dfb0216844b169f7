package org.perfportal.web.ommonthly;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A what-if (方案试算): the draft scheme version to try and the past contract month to try it on. */
public record WhatIfDto(@NotBlank String month, @NotNull Long schemeId) {
}
