package org.perfportal.assessment.ommonthly;

/**
 * Where the monthly O&amp;M assessment reads a contract month's records from (运维考核记录台账): a
 * port declared here and implemented by the record book ({@code records.ommonthly.OmRecordBook}),
 * so that {@code records} depends on {@code assessment} and never the reverse.
 */
public interface OmRecordSource {

    /** The assessment month labelled {@code month} (e.g. {@code 2026-10}) of the contract; 400 {@code month} if it is none. */
    AssessmentMonth assessmentMonth(long contractId, String month);

    /** The pure input of one contract month: every unit's records, the previous month's, deductions, penalties, exemptions. */
    OmMonthRecords monthRecords(long contractId, AssessmentMonth month);
}
