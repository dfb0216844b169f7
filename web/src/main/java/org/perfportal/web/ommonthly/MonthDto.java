package org.perfportal.web.ommonthly;

import jakarta.validation.constraints.NotBlank;

/** A request to compute one contract month (月度考核计算), e.g. {@code 2026-10} (the month from 10-10 to 11-09). */
public record MonthDto(@NotBlank String month) {
}
