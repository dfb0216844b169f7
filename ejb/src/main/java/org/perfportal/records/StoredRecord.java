package org.perfportal.records;

import org.perfportal.shared.CreationStampListener;
import org.perfportal.shared.CreationStamped;
import jakarta.persistence.EntityListeners;
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
 * What every stored assessment record (考核记录) of any tenant's record book has: a database id,
 * the record id the sheets and exemptions cite ({@code fault-12}: kind prefix and id, so unique
 * across the kinds of one book), when it was entered and a version for optimistic locking.
 */
@MappedSuperclass
@EntityListeners(CreationStampListener.class)
public abstract class StoredRecord extends TenantOwnedEntity implements CreationStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StoredRecord() {
    }

    /** The kind prefix of the record id, e.g. {@code fault}. */
    protected abstract String kindPrefix();

    public String recordId() {
        return kindPrefix() + "-" + id;
    }

    public long version() {
        return version;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    protected Long databaseId() {
        return id;
    }

    /** A timestamp as stored: the same instant, in UTC. */
    protected static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    protected static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** Refuses {@code later} (named {@code field}) before {@code earlier}: a repair cannot precede the report. */
    protected static void requireNotBefore(String field, OffsetDateTime later, String earlierName, OffsetDateTime earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new InvalidFieldException(field, field + " " + later + " is before " + earlierName + " " + earlier);
        }
    }

    @Override
    public void stampCreation(OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }
}
