package org.perfportal.contract;

import org.perfportal.shared.CreationStampListener;
import org.perfportal.shared.CreationStamped;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A party (合同相关方) of a tenant's service contracts: a vendor or a using unit. Both have a
 * name unique within the tenant, a contact, and a version for optimistic locking (乐观锁), so
 * that two people editing one record cannot silently overwrite each other.
 */
@MappedSuperclass
@EntityListeners(CreationStampListener.class)
public abstract class Party extends TenantOwnedEntity implements CreationStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "contact_person", length = 50)
    private String contactPerson;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Party() {
    }

    protected Party(String name, PartyDetails contact) {
        rename(name, contact);
    }

    protected final void rename(String name, PartyDetails contact) {
        this.name = name;
        this.contactPerson = contact.contactPerson();
        this.contactPhone = contact.contactPhone();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PartyDetails contact() {
        return new PartyDetails(contactPerson, contactPhone);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public void stampCreation(OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }
}
