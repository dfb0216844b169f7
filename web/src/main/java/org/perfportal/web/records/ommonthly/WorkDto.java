package org.perfportal.web.records.ommonthly;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * Routine work (日常工作) the vendor logs at a unit: when ({@code at}), optionally the item (system)
 * — required for backups and scans —, a note, and for a backup its path (备份路径).
 */
public record WorkDto(@NotNull Long contractId, @NotNull Long unitId, Long itemId, @NotNull OffsetDateTime at,
                      @Size(max = 2000) String note, @Size(max = 500) String backupPath) {
}
