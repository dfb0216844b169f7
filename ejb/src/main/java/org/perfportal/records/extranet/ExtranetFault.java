package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.perfportal.assessment.extranet.LineFault;

/**
 * A fault on a line (线路故障) as the bureau reported it (申报), with when the operator arrived
 * (到达现场), repaired (修复) and the unit confirmed restoration (确认恢复). Nothing may precede the
 * report, and confirmation not the repair: such a record is refused naming the field. An open
 * fault is entered when reported and completed as the operator arrives and repairs.
 */
@Entity
@Table(name = "extranet_fault")
public class ExtranetFault extends ExtranetRecord {

    /** The kind prefix of a fault's record id ({@code fault-12}). */
    static final String KIND = "fault";

    @ManyToOne(optional = false)
    @JoinColumn(name = "line_id", nullable = false)
    private ExtranetLeasedLine line;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reported;

    @Column(name = "arrived_at")
    private OffsetDateTime arrived;

    @Column(name = "repaired_at")
    private OffsetDateTime repaired;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmed;

    protected ExtranetFault() {
    }

    ExtranetFault(ExtranetLeasedLine line, OffsetDateTime reported, OffsetDateTime arrived, OffsetDateTime repaired,
               OffsetDateTime confirmed) {
        this.line = line;
        record(reported, arrived, repaired, confirmed);
    }

    /** Records the fault's progress as it happens (arrival, repair, confirmation) or corrects its times. */
    void record(OffsetDateTime reported, OffsetDateTime arrived, OffsetDateTime repaired, OffsetDateTime confirmed) {
        requireNotBefore("arrived", arrived, "reported", reported);
        requireNotBefore("repaired", repaired, "reported", reported);
        requireNotBefore("confirmed", confirmed, "reported", reported);
        requireNotBefore("confirmed", confirmed, "repaired", repaired);
        this.reported = utc(reported);
        this.arrived = utc(arrived);
        this.repaired = utc(repaired);
        this.confirmed = utc(confirmed);
    }

    @Override
    protected String kindPrefix() {
        return KIND;
    }

    LineFault toLineFault() {
        return new LineFault(recordId(), line.code(), instant(reported), instant(arrived), instant(repaired), instant(confirmed));
    }
}
