package org.perfportal.records.luohe;

import static org.perfportal.records.luohe.Moments.instant;
import static org.perfportal.records.luohe.Moments.notBefore;
import static org.perfportal.records.luohe.Moments.past;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.perfportal.assessment.luohe.Fault;
import org.perfportal.assessment.luohe.FaultLevel;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.ServiceContract;
import org.perfportal.shared.InvalidFieldException;

/**
 * A fault (故障, 附件3 五(三)1) of one system (an O&amp;M item of a unit): its level (1级–4级), what
 * happened, when it was reported (the limits run from here), responded to (响应), restored
 * (故障解决或功能恢复) and confirmed restored by the unit (使用单位确认). The vendor enters it open
 * and completes it as work progresses; the unit confirms. No time may lie in the future, and none
 * may precede the report; confirmation not the restore.
 */
@Entity
@Table(name = "luohe_fault")
public class LuoheFault extends LuoheRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private ServiceContract contract;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private OmItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 2)
    private FaultLevel level;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reported;

    @Column(name = "responded_at")
    private OffsetDateTime responded;

    @Column(name = "restored_at")
    private OffsetDateTime restored;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmed;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    protected LuoheFault() {
    }

    LuoheFault(ServiceContract contract, OmItem item, FaultLevel level, String description, OffsetDateTime reported,
               OffsetDateTime responded, OffsetDateTime restored) {
        this.contract = contract;
        this.item = item;
        this.level = level;
        this.description = description;
        progress(reported, responded, restored);
    }

    /** Records the vendor's progress (response, restore) or corrects the times. */
    void progress(OffsetDateTime reported, OffsetDateTime responded, OffsetDateTime restored) {
        notBefore("responded", responded, "reported", reported);
        notBefore("restored", restored, "reported", reported);
        notBefore("confirmed", confirmed, "restored", restored);
        if (confirmed != null && restored == null) {
            throw new InvalidFieldException("restored", "the unit has confirmed the restore; it cannot be removed");
        }
        this.reported = past("reported", reported);
        this.responded = past("responded", responded);
        this.restored = past("restored", restored);
    }

    /** The unit confirms that service is restored (确认恢复). */
    void confirm(OffsetDateTime confirmed, String confirmedBy) {
        if (restored == null) {
            throw new InvalidFieldException("confirmed", "fault " + recordId() + " is not restored yet");
        }
        notBefore("confirmed", confirmed, "restored", restored);
        this.confirmed = past("confirmed", confirmed);
        this.confirmedBy = confirmedBy;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.FAULT;
    }

    public OmItem item() {
        return item;
    }

    public ServiceContract contract() {
        return contract;
    }

    public FaultLevel level() {
        return level;
    }

    public String description() {
        return description;
    }

    public OffsetDateTime reported() {
        return reported;
    }

    public OffsetDateTime responded() {
        return responded;
    }

    public OffsetDateTime restored() {
        return restored;
    }

    public OffsetDateTime confirmed() {
        return confirmed;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    Fault toFault() {
        return new Fault(recordId(), systemId(item), level, instant(reported), instant(responded), instant(restored));
    }
}
