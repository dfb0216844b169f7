package org.perfportal.records.ordos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.perfportal.assessment.ordos.HalfYear;
import org.perfportal.contract.Vendor;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * The operator's contract (运营商合同) for the Otog Banner extranet: the vendor (服务商) who
 * provides the lines, the contract's name and number (unique in the tenant), its service period
 * (服务期) and the half-year final payment (半年尾款). It is stored because the scheme says the
 * half-year deductions are taken from that final payment (从尾款中扣除): the settlement of a
 * half-year result reads the contract whose service period covers the whole half-year.
 */
@Entity
@Table(name = "ordos_contract")
public class OrdosContract extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "vendor_id", nullable = false)
    private Vendor vendor;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "contract_number", nullable = false, length = 60)
    private String number;

    @Column(name = "service_start", nullable = false)
    private LocalDate serviceStart;

    @Column(name = "service_end", nullable = false)
    private LocalDate serviceEnd;

    @Column(name = "final_payment", nullable = false, precision = 14, scale = 2)
    private BigDecimal finalPayment;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OrdosContract() {
    }

    OrdosContract(Vendor vendor, String name, String number, LocalDate serviceStart, LocalDate serviceEnd,
                  BigDecimal finalPayment) {
        if (serviceEnd.isBefore(serviceStart)) {
            throw new InvalidFieldException("servicePeriod.end", "the service period ends " + serviceEnd
                    + ", before it starts " + serviceStart);
        }
        if (finalPayment.signum() <= 0) {
            throw new InvalidFieldException("finalPayment", "the half-year final payment must be greater than 0, was "
                    + finalPayment.toPlainString());
        }
        if (finalPayment.scale() > 2) {
            throw new InvalidFieldException("finalPayment", "the final payment is in yuan with at most 2 decimals, was "
                    + finalPayment.toPlainString());
        }
        this.vendor = vendor;
        this.name = name;
        this.number = number;
        this.serviceStart = serviceStart;
        this.serviceEnd = serviceEnd;
        this.finalPayment = finalPayment;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Whether the service period covers every day of the half-year (a partial cover does not settle it). */
    public boolean covers(HalfYear period) {
        return !serviceStart.isAfter(period.firstDay()) && !serviceEnd.isBefore(period.lastDay());
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

    public String number() {
        return number;
    }

    public LocalDate serviceStart() {
        return serviceStart;
    }

    public LocalDate serviceEnd() {
        return serviceEnd;
    }

    public BigDecimal finalPayment() {
        return finalPayment;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
