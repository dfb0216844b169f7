package org.perfportal.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * Finance's record of one installment's payment (付款登记): the invoice date (发票日期) and the day
 * the agency paid. Edited with the version read (optimistic locking), so two clerks cannot
 * silently overwrite each other.
 */
@Entity
@Table(name = "installment_payment")
public class InstallmentPayment extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "installment_number", nullable = false)
    private int installmentNumber;

    @Column(name = "invoice_on")
    private LocalDate invoiceOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected InstallmentPayment() {
    }

    public InstallmentPayment(long contractId, int installmentNumber) {
        this.contractId = contractId;
        this.installmentNumber = installmentNumber;
    }

    public void record(LocalDate invoiceOn, LocalDate paidOn) {
        this.invoiceOn = invoiceOn;
        this.paidOn = paidOn;
    }

    public InstallmentDates dates() {
        return new InstallmentDates(invoiceOn, paidOn);
    }

    public int installmentNumber() {
        return installmentNumber;
    }

    public long version() {
        return version;
    }
}
