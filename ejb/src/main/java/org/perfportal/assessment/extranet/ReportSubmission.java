package org.perfportal.assessment.extranet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Submission of the half-year inspection report (巡检报告和维修记录): the quarterly inspections
 * and the maintenance records, due by the 5th of the month after the half-year. A half-year
 * with no submission record is a report not yet submitted.
 *
 * @param id          record id
 * @param reportFor   the half-year the report covers
 * @param submittedOn the day it was submitted
 */
public record ReportSubmission(String id, HalfYear reportFor, LocalDate submittedOn) {

    public ReportSubmission {
        Records.requireText(id, "report submission id");
        Objects.requireNonNull(reportFor, "half-year of report " + id);
        Objects.requireNonNull(submittedOn, "submission day of report " + id);
    }
}
