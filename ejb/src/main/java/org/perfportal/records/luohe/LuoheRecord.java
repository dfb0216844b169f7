package org.perfportal.records.luohe;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.UsingUnit;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * What every stored Luohe record (考核记录) has: a database id, the record id that trace lines and
 * exemptions cite ({@code fault-12}: kind and id, unique across kinds), when it was entered and a
 * version for optimistic locking.
 */
@MappedSuperclass
public abstract class LuoheRecord extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected LuoheRecord() {
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** The kind in the record id, e.g. {@code fault}. */
    protected abstract RecordKind kind();

    public String recordId() {
        return kind().recordId(id);
    }

    public long version() {
        return version;
    }

    Long databaseId() {
        return id;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    /**
     * A system's id as the pure rules know it: the database id of its O&amp;M item (运维项目), in
     * decimal; the rules only compare system ids, so the assessment maps them back to names.
     */
    public static String systemId(OmItem item) {
        return item == null ? null : String.valueOf(item.id());
    }

    /** A using unit's id as the pure rules know it: its database id, in decimal. */
    public static String unitId(UsingUnit unit) {
        return String.valueOf(unit.id());
    }
}
