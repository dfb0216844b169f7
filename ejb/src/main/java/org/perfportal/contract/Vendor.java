package org.perfportal.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A vendor (服务商): the company whose service a tenant assesses — 中移建设有限公司 for Luohe's
 * O&M contract, the telecom operator for Ordos' extranet. A company serving two agencies is
 * two vendors, one per tenant: nothing of one tenant's assessment is visible to the other.
 */
@Entity
@Table(name = "vendor")
public class Vendor extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    /** 统一社会信用代码: the 18-character unified social credit code of the company. */
    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @Column(name = "contact_person", length = 50)
    private String contactPerson;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Vendor() {
    }

    public Vendor(String name, String creditCode, PartyDetails contact) {
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        revise(name, creditCode, contact);
    }

    public final void revise(String name, String creditCode, PartyDetails contact) {
        this.name = name;
        this.creditCode = creditCode;
        this.contactPerson = contact.contactPerson();
        this.contactPhone = contact.contactPhone();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String creditCode() {
        return creditCode;
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
