package org.perfportal.web.records.ommonthly;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A fault (故障) as the vendor logs it: the contract, the O&amp;M item (system) concerned, its level
 * 1–4 (1级故障…4级故障), what happened and ISO-8601 timestamps with offset; response and restore
 * may be missing while it is open.
 */
public record FaultDto(@NotNull Long contractId, @NotNull Long itemId, @NotNull @Min(1) @Max(4) Integer level,
                       @NotBlank @Size(max = 2000) String description, @NotNull OffsetDateTime reported,
                       OffsetDateTime responded, OffsetDateTime restored) {
}
