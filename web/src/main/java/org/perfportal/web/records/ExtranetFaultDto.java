package org.perfportal.web.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/**
 * A line fault (线路故障) as reported by the bureau: ISO-8601 timestamps with offset; arrival,
 * repair and confirmation may be missing while the fault is open. When the fault is revised
 * (its progress recorded) {@code version} is the one read and {@code line} cannot change.
 */
public record ExtranetFaultDto(
        @NotBlank String line,
        @NotNull OffsetDateTime reported,
        OffsetDateTime arrived,
        OffsetDateTime repaired,
        OffsetDateTime confirmed,
        Long version) {
}
