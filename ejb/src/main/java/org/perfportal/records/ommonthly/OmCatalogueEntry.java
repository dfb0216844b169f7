package org.perfportal.records.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.ServiceContract;

/**
 * One line of a system's archive catalogue (运维资料归档目录, 附件3 五(四): "根据系统特点和运维实施方案
 * 编制每个系统需要归档的运维资料目录"): a document the vendor must archive for that system every
 * month, e.g. 巡检留痕记录 or 运维工作月报. The unit's documents score counts, over its systems'
 * entries, how many have a document archived for the month.
 */
@Entity
@Table(name = "om_catalogue_entry")
public class OmCatalogueEntry extends OmRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ServiceContract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private OmItem item;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    protected OmCatalogueEntry() {
    }

    OmCatalogueEntry(ServiceContract contract, OmItem item, String title) {
        this.contract = contract;
        this.item = item;
        this.title = title;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.CATALOGUE_ENTRY;
    }

    public OmItem item() {
        return item;
    }

    public String title() {
        return title;
    }

    public ServiceContract contract() {
        return contract;
    }
}
