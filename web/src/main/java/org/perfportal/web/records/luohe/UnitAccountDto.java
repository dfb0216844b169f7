package org.perfportal.web.records.luohe;

import jakarta.validation.constraints.NotNull;

/** The using unit a login of role {@code unit} acts for. */
public record UnitAccountDto(@NotNull Long unitId) {
}
