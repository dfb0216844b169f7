package org.perfportal.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A stored centralized review entry (集中复核记录) of a contract, entered by the assessor with its
 * reason: a reduction for an O&amp;M item not serviced for some months (核减, naming the item and the
 * months), or a vendor cost recognized on proof (认定费用). The schedule applies them on the last
 * installment as {@link ReviewAdjustment}s.
 */
@Entity
@Table(name = "review_adjustment")
public class CentralizedReviewEntry extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ReviewAdjustment.Kind kind;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "months_not_serviced")
    private Integer monthsNotServiced;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "entered_at", nullable = false)
    private OffsetDateTime enteredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected CentralizedReviewEntry() {
    }

    public CentralizedReviewEntry(long contractId, ReviewAdjustment.Kind kind, Long itemId, Integer monthsNotServiced,
                                  BigDecimal amount, String reason, OffsetDateTime enteredAt) {
        this.contractId = contractId;
        this.kind = kind;
        this.itemId = itemId;
        this.monthsNotServiced = monthsNotServiced;
        this.amount = amount;
        this.reason = reason;
        this.enteredAt = enteredAt;
    }

    /** The entry as the schedule applies it; a reduction names its item and months in the reason. */
    public ReviewAdjustment toAdjustment() {
        String why = kind == ReviewAdjustment.Kind.REDUCTION
                ? "item " + itemId + ", " + monthsNotServiced + " month(s) not serviced: " + reason : reason;
        return new ReviewAdjustment(id, kind, amount, why);
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public ReviewAdjustment.Kind kind() {
        return kind;
    }

    public Long itemId() {
        return itemId;
    }

    public Integer monthsNotServiced() {
        return monthsNotServiced;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String reason() {
        return reason;
    }

    public OffsetDateTime enteredAt() {
        return enteredAt;
    }

    public long version() {
        return version;
    }
}
