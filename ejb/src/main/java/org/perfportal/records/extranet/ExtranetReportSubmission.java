package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.perfportal.assessment.extranet.HalfYear;
import org.perfportal.assessment.extranet.ReportSubmission;

/**
 * The submission of a half-year inspection report (巡检报告和维修记录): which half-year it covers
 * (e.g. {@code 2026-H1}) and the day it was handed in.
 */
@Entity
@Table(name = "extranet_report_submission")
public class ExtranetReportSubmission extends ExtranetRecord {

    @Column(name = "period_label", nullable = false, length = 20)
    private String periodLabel;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    protected ExtranetReportSubmission() {
    }

    ExtranetReportSubmission(HalfYear period, LocalDate submittedOn) {
        this.periodLabel = period.toString();
        this.submittedOn = submittedOn;
    }

    @Override
    protected String kindPrefix() {
        return "report";
    }

    ReportSubmission toReportSubmission() {
        return new ReportSubmission(recordId(), HalfYear.parse(periodLabel), submittedOn);
    }
}
