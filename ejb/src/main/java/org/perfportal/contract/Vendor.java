package org.perfportal.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A vendor (服务商): the company whose service a tenant assesses — 中移建设有限公司 for Luohe's
 * O&M contract, the telecom operator for Ordos' extranet. A company serving two agencies is
 * two vendors, one per tenant: nothing of one tenant's assessment is visible to the other.
 */
@Entity
@Table(name = "vendor")
public class Vendor extends Party {

    /** 统一社会信用代码: the 18-character unified social credit code of the company. */
    @Column(name = "credit_code", length = 18)
    private String creditCode;

    protected Vendor() {
    }

    public Vendor(String name, String creditCode, PartyDetails contact) {
        super(name, contact);
        this.creditCode = creditCode;
    }

    public void revise(String name, String creditCode, PartyDetails contact) {
        rename(name, contact);
        this.creditCode = creditCode;
    }

    public String creditCode() {
        return creditCode;
    }
}
