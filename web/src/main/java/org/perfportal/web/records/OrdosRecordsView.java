package org.perfportal.web.records;

import java.math.BigDecimal;
import java.util.List;
import org.perfportal.assessment.ordos.AdHocFinding;
import org.perfportal.assessment.ordos.BackboneFailure;
import org.perfportal.assessment.ordos.ExtranetLine;
import org.perfportal.assessment.ordos.ForceMajeureExemption;
import org.perfportal.assessment.ordos.IllegalConnection;
import org.perfportal.assessment.ordos.LineFault;
import org.perfportal.assessment.ordos.LineRelocation;
import org.perfportal.assessment.ordos.OrdosRecords;
import org.perfportal.assessment.ordos.ReportSubmission;

/**
 * The tenant's Ordos record book (考核记录台账) as the rules read it, with the derived total monthly
 * fee of all lines (总网费). The rules' input records are immutable values, so they are shown as
 * they are rather than copied into twin DTOs.
 */
public record OrdosRecordsView(
        BigDecimal totalMonthlyFee,
        List<ExtranetLine> lines,
        List<LineFault> faults,
        List<BackboneFailure> backboneFailures,
        List<LineRelocation> relocations,
        List<ReportSubmission> reports,
        List<IllegalConnection> illegalConnections,
        List<AdHocFinding> adHocFindings,
        List<ForceMajeureExemption> exemptions) {

    static OrdosRecordsView of(OrdosRecords records) {
        return new OrdosRecordsView(records.totalMonthlyFee(), records.lines(), records.faults(), records.backboneFailures(),
                records.relocations(), records.reports(), records.illegalConnections(), records.adHocFindings(),
                records.exemptions());
    }
}
