package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.perfportal.assessment.extranet.HalfYear;
import org.perfportal.contract.Vendor;
import org.perfportal.contract.VendorContract;

/**
 * The operator's contract (运营商合同) for the Otog Banner extranet: the vendor (服务商) who
 * provides the lines, the contract's name and number (unique in the tenant), its service period
 * (服务期) and the half-year final payment (半年尾款). It is stored because the scheme says the
 * half-year deductions are taken from that final payment (从尾款中扣除): the settlement of a
 * half-year result reads the contract whose service period covers the whole half-year.
 */
@Entity
@Table(name = "extranet_contract")
public class ExtranetContract extends VendorContract {

    @Column(name = "contract_number", nullable = false, length = 60)
    private String number;

    @Column(name = "final_payment", nullable = false, precision = 14, scale = 2)
    private BigDecimal finalPayment;

    protected ExtranetContract() {
    }

    ExtranetContract(Vendor vendor, String name, String number, LocalDate serviceStart, LocalDate serviceEnd,
                  BigDecimal finalPayment) {
        super(vendor, name, serviceStart, serviceEnd, "servicePeriod.end");
        this.number = number;
        this.finalPayment = requireYuan(finalPayment, "finalPayment", "the half-year final payment");
    }

    /** Whether the service period covers every day of the half-year (a partial cover does not settle it). */
    public boolean covers(HalfYear period) {
        return !serviceStart().isAfter(period.firstDay()) && !serviceEnd().isBefore(period.lastDay());
    }




    public String number() {
        return number;
    }



    public BigDecimal finalPayment() {
        return finalPayment;
    }


}
