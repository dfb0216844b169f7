package org.perfportal.records.ordos;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * What every stored Ordos record (考核记录) has: a database id, the record id the sheet and the
 * exemptions use ({@code fault-12}: kind prefix and id, unique across kinds as
 * {@link org.perfportal.assessment.ordos.OrdosRecords} requires), the time it was entered and a
 * version for optimistic locking.
 */
@MappedSuperclass
public abstract class OrdosRecord extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OrdosRecord() {
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The kind prefix of the record id, e.g. {@code fault}. */
    protected abstract String kindPrefix();

    public String recordId() {
        return kindPrefix() + "-" + id;
    }

    public long version() {
        return version;
    }

    /** The database id inside a record id of this kind ({@code fault-12} → 12), or null if it is not one. */
    static Long databaseId(String recordId, String kindPrefix) {
        String prefix = kindPrefix + "-";
        if (recordId == null || !recordId.startsWith(prefix) || !recordId.substring(prefix.length()).matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(recordId.substring(prefix.length()));
    }

    /** A timestamp as stored: the same instant, in UTC. */
    static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Refuses {@code later} (named {@code field}) before {@code earlier}: a repair cannot precede the report. */
    static void requireNotBefore(String field, OffsetDateTime later, String earlierName, OffsetDateTime earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new InvalidFieldException(field, field + " " + later + " is before " + earlierName + " " + earlier);
        }
    }
}
