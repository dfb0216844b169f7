package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A change of the operator's staff (人员变更): the day, what changed, and the day the owner was
 * notified in writing (书面通知) — none if it was not, which the staffing check reports.
 */
@Entity
@Table(name = "extranet_staff_change")
public class ExtranetStaffChange extends ExtranetRecord {

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "written_notice_on")
    private LocalDate writtenNoticeOn;

    protected ExtranetStaffChange() {
    }

    ExtranetStaffChange(LocalDate changedOn, String description, LocalDate writtenNoticeOn) {
        this.changedOn = changedOn;
        this.description = description;
        this.writtenNoticeOn = writtenNoticeOn;
    }

    @Override
    protected String kindPrefix() {
        return "staff-change";
    }

    StaffChange toStaffChange() {
        return new StaffChange(recordId(), changedOn, description, writtenNoticeOn);
    }
}
