package org.perfportal.web.records.ommonthly;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A document archived against a catalogue entry ({@code catalogue-3}) for a month ({@code 2026-07}), and where it is kept. */
public record ArchiveDocumentDto(@NotBlank String entry, @NotBlank String month, @NotNull OffsetDateTime archivedAt,
                                 @NotBlank @Size(max = 500) String reference) {
}
