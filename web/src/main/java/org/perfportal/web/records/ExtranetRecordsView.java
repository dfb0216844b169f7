package org.perfportal.web.records;

import java.math.BigDecimal;
import java.util.List;
import org.perfportal.assessment.extranet.AdHocFinding;
import org.perfportal.assessment.extranet.BackboneFailure;
import org.perfportal.assessment.extranet.ExtranetLine;
import org.perfportal.assessment.extranet.ForceMajeureExemption;
import org.perfportal.assessment.extranet.IllegalConnection;
import org.perfportal.assessment.extranet.LineFault;
import org.perfportal.assessment.extranet.LineRelocation;
import org.perfportal.assessment.extranet.ExtranetRecords;
import org.perfportal.assessment.extranet.ReportSubmission;

/**
 * The tenant's Ordos record book (考核记录台账) as the rules read it, with the derived total monthly
 * fee of all lines (总网费). The rules' input records are immutable values, so they are shown as
 * they are rather than copied into twin DTOs.
 */
public record ExtranetRecordsView(
        BigDecimal totalMonthlyFee,
        List<ExtranetLine> lines,
        List<LineFault> faults,
        List<BackboneFailure> backboneFailures,
        List<LineRelocation> relocations,
        List<ReportSubmission> reports,
        List<IllegalConnection> illegalConnections,
        List<AdHocFinding> adHocFindings,
        List<ForceMajeureExemption> exemptions) {

    static ExtranetRecordsView of(ExtranetRecords records) {
        return new ExtranetRecordsView(records.totalMonthlyFee(), records.lines(), records.faults(), records.backboneFailures(),
                records.relocations(), records.reports(), records.illegalConnections(), records.adHocFindings(),
                records.exemptions());
    }
}
