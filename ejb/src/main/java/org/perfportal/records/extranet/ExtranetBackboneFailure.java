package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.perfportal.assessment.extranet.BackboneFailure;

/**
 * A backbone failure (主干线路破坏) affecting the whole extranet: reported, responded to (作出处理)
 * and restored; neither may precede the report.
 */
@Entity
@Table(name = "extranet_backbone_failure")
public class ExtranetBackboneFailure extends ExtranetRecord {

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reported;

    @Column(name = "responded_at")
    private OffsetDateTime responded;

    @Column(name = "restored_at")
    private OffsetDateTime restored;

    protected ExtranetBackboneFailure() {
    }

    ExtranetBackboneFailure(OffsetDateTime reported, OffsetDateTime responded, OffsetDateTime restored) {
        requireNotBefore("responded", responded, "reported", reported);
        requireNotBefore("restored", restored, "reported", reported);
        this.reported = utc(reported);
        this.responded = utc(responded);
        this.restored = utc(restored);
    }

    @Override
    protected String kindPrefix() {
        return "backbone";
    }

    BackboneFailure toBackboneFailure() {
        return new BackboneFailure(recordId(), instant(reported), instant(responded), instant(restored));
    }
}
