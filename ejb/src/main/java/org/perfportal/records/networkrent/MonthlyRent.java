package org.perfportal.records.networkrent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * The dedicated network's rent of one month (月度专网租赁费), as invoiced by the operator: the base
 * that a month's deductions take their percentage of.
 */
@Entity
@Table(name = "network_rent_month")
public class MonthlyRent extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "month", nullable = false, length = 7)
    private String month;

    @Column(name = "rent", nullable = false, precision = 14, scale = 2)
    private BigDecimal rent;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected MonthlyRent() {
    }

    MonthlyRent(YearMonth month, BigDecimal rent) {
        this.month = month.toString();
        this.rent = rent;
    }

    void revise(BigDecimal rent) {
        this.rent = rent;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public BigDecimal rent() {
        return rent;
    }

    public long version() {
        return version;
    }
}
