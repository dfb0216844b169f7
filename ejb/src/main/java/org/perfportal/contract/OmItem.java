package org.perfportal.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * An O&amp;M item (运维项目) of a service contract, one row of its list (附件1): the using unit
 * (使用单位) it serves, its sequence number (序号) in the list, name (运维项目名称), main content
 * (主要运维内容) and category (类别). The unit's monthly score is computed over its items, and
 * the routine-work part only over its hardware-and-system ones — hence the category.
 */
@Entity
@Table(name = "om_item")
public class OmItem extends TenantOwnedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ServiceContract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private UsingUnit unit;

    @Column(name = "sequence_no", nullable = false)
    private int sequenceNo;

    @Column(name = "name", nullable = false, length = 300)
    private String name;

    @Column(name = "content")
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private OmItemCategory category;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OmItem() {
    }

    OmItem(ServiceContract contract, UsingUnit unit, int sequenceNo, String name, String content, OmItemCategory category) {
        this.contract = contract;
        this.unit = unit;
        this.sequenceNo = sequenceNo;
        this.name = name;
        this.content = content;
        this.category = category;
    }

    public Long id() {
        return id;
    }

    public ServiceContract contract() {
        return contract;
    }

    public UsingUnit unit() {
        return unit;
    }

    public int sequenceNo() {
        return sequenceNo;
    }

    public String name() {
        return name;
    }

    public String content() {
        return content;
    }

    public OmItemCategory category() {
        return category;
    }

    public long version() {
        return version;
    }
}
