package org.perfportal.contract;

import org.perfportal.shared.CreationStampListener;
import org.perfportal.shared.CreationStamped;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A contract with a vendor (服务合同): the vendor, the contract's name and its service period
 * (服务期). What the money side looks like differs by tenant — Luohe's O&amp;M contract is paid in
 * installments of a total, Ordos' extranet contract settles a half-year final payment — so each
 * kind is a subclass with its own table; what they share, and how it is checked, lives here once.
 */
@MappedSuperclass
@EntityListeners(CreationStampListener.class)
public abstract class VendorContract extends TenantOwnedEntity implements CreationStamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vendor_id", nullable = false)
    private Vendor vendor;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "service_start", nullable = false)
    private LocalDate serviceStart;

    @Column(name = "service_end", nullable = false)
    private LocalDate serviceEnd;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected VendorContract() {
    }

    /**
     * @param periodEndField how the caller's request names the period's end, for the refusal
     */
    protected VendorContract(Vendor vendor, String name, LocalDate serviceStart, LocalDate serviceEnd,
                             String periodEndField) {
        if (serviceEnd.isBefore(serviceStart)) {
            throw new InvalidFieldException(periodEndField, "the service period ends " + serviceEnd
                    + ", before it starts " + serviceStart);
        }
        this.vendor = vendor;
        this.name = name;
        this.serviceStart = serviceStart;
        this.serviceEnd = serviceEnd;
    }

    /** An amount of the contract in yuan: greater than 0, at most two decimals (分). */
    protected static BigDecimal requireYuan(BigDecimal amount, String field, String what) {
        if (amount.signum() <= 0) {
            throw new InvalidFieldException(field, what + " must be greater than 0, was " + amount.toPlainString());
        }
        if (amount.scale() > 2) {
            throw new InvalidFieldException(field, what + " is in yuan with at most 2 decimals, was " + amount.toPlainString());
        }
        return amount.setScale(2);
    }

    public Long id() {
        return id;
    }

    public Vendor vendor() {
        return vendor;
    }

    public String name() {
        return name;
    }

    public LocalDate serviceStart() {
        return serviceStart;
    }

    public LocalDate serviceEnd() {
        return serviceEnd;
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
