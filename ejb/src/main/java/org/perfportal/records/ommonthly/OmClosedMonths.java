package org.perfportal.records.ommonthly;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.perfportal.assessment.ommonthly.OmSchemeCodec;
import org.perfportal.contract.ServiceContract;
import org.perfportal.records.ClosedPeriods;

/**
 * The record book's view of {@link ClosedPeriods}: the contract months of one O&M contract whose
 * monthly assessment is final (终审). A record's month is the contract month its time falls in
 * (from the 10th, as the final result's scheme draws it), or the month it was entered for; an
 * exemption's month is that of the record it exempts.
 */
@Dependent
class OmClosedMonths {

    /** The assessment kind that reads the book, whose final months close it. */
    static final String KIND = OmSchemeCodec.KIND;

    @Inject
    private ClosedPeriods closedPeriods;

    /** Refuses (409 {@code field}) a record entered for {@code month} of the contract once that month is final. */
    void requireOpen(ServiceContract contract, String month, String field) {
        closedPeriods.requireOpen(KIND, contract.id(), month, field);
    }

    /** Refuses (409 {@code field}) a time inside a contract month whose assessment is final; no time passes. */
    void requireOpenAt(ServiceContract contract, OffsetDateTime at, String field) {
        closedPeriods.requireOpenAt(KIND, contract.id(), instant(at), field);
    }

    /** Refuses (409 {@code field}) moving a time out of, into or within a final contract month. */
    void requireOpenChange(ServiceContract contract, OffsetDateTime before, OffsetDateTime after, String field) {
        closedPeriods.requireOpenChange(KIND, contract.id(), instant(before), instant(after), field);
    }

    /**
     * Refuses (409 {@code field}) what touches the month of {@code record} once that month is final:
     * a fault's or vulnerability's month is that of its report (发现) time, an assessor's entry's the
     * month it was entered for.
     */
    void requireOpenMonthOf(OmRecord record, String field) {
        if (record instanceof OmFault fault) {
            requireOpenAt(fault.contract(), fault.reported(), field);
        } else if (record instanceof OmVulnerability vulnerability) {
            requireOpenAt(vulnerability.contract(), vulnerability.found(), field);
        } else if (record instanceof OmAssessorEntry entry) {
            requireOpen(entry.contract(), entry.month(), field);
        }
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
