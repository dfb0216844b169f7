package org.perfportal.assessment.ommonthly;

import java.time.Instant;
import java.util.Objects;

/**
 * A routine work record (日常工作记录) logged on the platform: a visit, inspection, backup or
 * scan. Backups and scans are per system (各政务信息系统) and must name one; visits and
 * inspections are per unit (每个单位) and may leave {@code systemId} null, meaning they cover
 * all the unit's systems.
 */
public record WorkRecord(String id, WorkKind kind, String systemId, Instant at) {

    public WorkRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (systemId == null && (kind == WorkKind.BACKUP || kind == WorkKind.SCAN)) {
            throw new IllegalArgumentException(kind + " " + id + " must name its system");
        }
    }

    /** Whether this record counts for {@code system}: it names it, or it is unit-wide. */
    public boolean covers(String system) {
        return systemId == null || systemId.equals(system);
    }
}
