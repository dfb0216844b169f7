package org.perfportal.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.perfportal.payment.Installment;
import org.perfportal.payment.InstallmentPlan;
import org.perfportal.payment.PaymentTerms;
import org.perfportal.shared.InvalidFieldException;

/**
 * An O&amp;M service contract (运维服务合同) of a tenant with one vendor (服务商), e.g. Luohe's
 * 2026 年度市级非涉密政务信息系统一体化运维项目（B 包）: service period (服务期), total (合同总额)
 * and number of equal installments (分期数). Stored because the monthly fee (月运维费用) the
 * assessment deducts from, and the installments (分期款) it pays, derive from these figures;
 * the O&amp;M items ({@link OmItem}) hang off it.
 */
@Entity
@Table(name = "service_contract")
public class ServiceContract extends VendorContract {

    @Column(name = "total", nullable = false, precision = 14, scale = 2)
    private BigDecimal total;

    @Column(name = "installment_count", nullable = false)
    private int installmentCount;

    protected ServiceContract() {
    }

    ServiceContract(Vendor vendor, String name, LocalDate serviceStart, LocalDate serviceEnd, BigDecimal total,
                    int installmentCount) {
        super(vendor, name, serviceStart, serviceEnd, "period.end");
        this.total = requireYuan(total, "total", "the contract total");
        if (installmentCount <= 0 || 12 % installmentCount != 0) {
            throw new InvalidFieldException("installments", "the installments must split 12 months evenly, was " + installmentCount);
        }
        this.installmentCount = installmentCount;
    }

    /**
     * The payment terms (付款条款): the stored installment count over 12 contract months (DOMAIN §2
     * <b>Default</b>: monthly fee = total ÷ 12). The late-payment figures are Luohe's (1% of the
     * installment per 5 days late, capped at 20% of the total); not yet stored per contract.
     */
    public PaymentTerms paymentTerms() {
        return new PaymentTerms(installmentCount, 12, 5, new BigDecimal("0.01"), new BigDecimal("0.20"));
    }

    /** The monthly fee (月运维费用) = total ÷ 12, to the fen. */
    public BigDecimal monthlyFee() {
        return paymentTerms().monthlyFee(total);
    }

    /** The installments (分期款) over the service period, from the first service day. */
    public List<Installment> installments() {
        return new InstallmentPlan(paymentTerms()).installments(total, serviceStart());
    }






    public BigDecimal total() {
        return total;
    }

    public int installmentCount() {
        return installmentCount;
    }


}
