package org.perfportal.records.extranet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.perfportal.shared.InvalidFieldException;

/**
 * A quarterly inspection report (季度巡检报告) the operator hands in: the quarter inspected
 * ({@code 2026-Q1}), the day it was submitted and the description of the inspection (巡检内容描述:
 * equipment, cables, transmission speed). The scheme requires photos as evidence (相关图片佐证);
 * they are {@link ExtranetInspectionPhoto}s of this report. Kept as evidence only: the lateness rule
 * reads the half-year report ({@link ExtranetReportSubmission}), not these.
 */
@Entity
@Table(name = "extranet_inspection_report")
public class ExtranetInspectionReport extends ExtranetRecord {

    static final String KIND = "inspection";

    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

    @Column(name = "quarter", nullable = false, length = 7)
    private String quarter;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Column(name = "description", nullable = false, length = 4000)
    private String description;

    protected ExtranetInspectionReport() {
    }

    ExtranetInspectionReport(String quarter, LocalDate submittedOn, String description) {
        if (quarter == null || !QUARTER.matcher(quarter).matches()) {
            throw new InvalidFieldException("quarter", "a quarter is written like 2026-Q1, was " + quarter);
        }
        int year = Integer.parseInt(quarter.substring(0, 4));
        int q = quarter.charAt(6) - '0';
        LocalDate quarterStart = LocalDate.of(year, 3 * q - 2, 1);
        if (submittedOn.isBefore(quarterStart)) {
            throw new InvalidFieldException("submittedOn", "a report on " + quarter + " cannot be submitted on "
                    + submittedOn + ", before the quarter began");
        }
        this.quarter = quarter;
        this.submittedOn = submittedOn;
        this.description = description;
    }

    @Override
    protected String kindPrefix() {
        return KIND;
    }

    public String quarter() {
        return quarter;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public String description() {
        return description;
    }
}
