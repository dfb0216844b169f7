package org.perfportal.records.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.ServiceContract;

/**
 * What a fault and a vulnerability share (异常, 附件3 五(三)): the contract, the system (O&amp;M item,
 * hence the unit) it happened on and what happened; the limits then run from a first moment.
 */
@MappedSuperclass
public abstract class OmIncident extends OmRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ServiceContract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private OmItem item;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    protected OmIncident() {
    }

    protected OmIncident(ServiceContract contract, OmItem item, String description) {
        this.contract = contract;
        this.item = item;
        this.description = description;
    }

    public ServiceContract contract() {
        return contract;
    }

    public OmItem item() {
        return item;
    }

    public String description() {
        return description;
    }
}
