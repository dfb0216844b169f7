package org.perfportal.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A using unit (使用单位): a government body that uses the vendor's service — Luohe's 市水利局,
 * a Pingliang county. Units rate the service every month and, in Pingliang, are themselves
 * assessed every year.
 */
@Entity
@Table(name = "using_unit")
public class UsingUnit extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private UnitKind kind;

    @Column(name = "contact_person", length = 50)
    private String contactPerson;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected UsingUnit() {
    }

    public UsingUnit(String name, UnitKind kind, PartyDetails contact) {
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        revise(name, kind, contact);
    }

    public final void revise(String name, UnitKind kind, PartyDetails contact) {
        this.name = name;
        this.kind = kind;
        this.contactPerson = contact.contactPerson();
        this.contactPhone = contact.contactPhone();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UnitKind kind() {
        return kind;
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
}
