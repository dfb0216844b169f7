package org.perfportal.web.records.ommonthly;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A document a system (O&amp;M item) must have archived every month (归档资料目录), e.g. 运维工作月报. */
public record CatalogueEntryDto(@NotNull Long contractId, @NotNull Long itemId, @NotBlank @Size(max = 200) String title) {
}
