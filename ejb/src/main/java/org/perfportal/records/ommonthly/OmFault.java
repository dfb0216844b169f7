package org.perfportal.records.ommonthly;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.LinkedHashMap;
import org.perfportal.assessment.ommonthly.Fault;
import org.perfportal.assessment.ommonthly.FaultLevel;
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
@Table(name = "om_fault")
public class OmFault extends OmIncident {

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 2)
    private FaultLevel level;

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

    protected OmFault() {
    }

    OmFault(ServiceContract contract, OmItem item, FaultLevel level, String description, OffsetDateTime reported,
               OffsetDateTime responded, OffsetDateTime restored) {
        super(contract, item, description);
        this.level = level;
        progress(reported, responded, restored);
    }

    /** Records the vendor's progress (response, restore) or corrects the times. */
    void progress(OffsetDateTime reported, OffsetDateTime responded, OffsetDateTime restored) {
        requireNotBefore("responded", responded, "reported", reported);
        requireNotBefore("restored", restored, "reported", reported);
        requireNotBefore("confirmed", confirmed, "restored", restored);
        if (confirmed != null && restored == null) {
            throw new InvalidFieldException("restored", "the unit has confirmed the restore; it cannot be removed");
        }
        this.reported = utc(reported);
        this.responded = utc(responded);
        this.restored = utc(restored);
    }

    /** The unit confirms that service is restored (确认恢复). */
    void confirm(OffsetDateTime confirmed, String confirmedBy) {
        if (restored == null) {
            throw new InvalidFieldException("confirmed", "fault " + recordId() + " is not restored yet");
        }
        requireNotBefore("confirmed", confirmed, "restored", restored);
        this.confirmed = utc(confirmed);
        this.confirmedBy = confirmedBy;
    }

    @Override
    protected RecordKind kind() {
        return RecordKind.FAULT;
    }

    public FaultLevel level() {
        return level;
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
        return new Fault(recordId(), systemId(item()), level, instant(reported), instant(responded), instant(restored));
    }

    @Override
    protected Map<String, OffsetDateTime> times() {
        Map<String, OffsetDateTime> times = new LinkedHashMap<>();
        times.put("reported", reported);
        times.put("responded", responded);
        times.put("restored", restored);
        times.put("confirmed", confirmed);
        return times;
    }
}
