package org.perfportal.records.extranet;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.perfportal.assessment.extranet.AdHocFinding;
import org.perfportal.assessment.extranet.BackboneFailure;
import org.perfportal.assessment.extranet.CoveringContract;
import org.perfportal.assessment.extranet.ExtranetRecordSource;
import org.perfportal.assessment.extranet.ForceMajeureCause;
import org.perfportal.assessment.extranet.HalfYear;
import org.perfportal.assessment.extranet.IllegalConnection;
import org.perfportal.assessment.extranet.LineFault;
import org.perfportal.assessment.extranet.LineRelocation;
import org.perfportal.assessment.extranet.LocationClass;
import org.perfportal.assessment.extranet.ExtranetRecords;
import org.perfportal.assessment.extranet.ReportSubmission;
import org.perfportal.contract.UsingUnit;
import org.perfportal.assessment.ClosedPeriods;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.tenant.TenantEntityManager;

/**
 * The current tenant's Ordos record book (考核记录台账): enters each kind of record, the operator's maintainers and staff changes among them, refusing what
 * the rules could not read (naming the field), and hands the whole book to the assessment as
 * {@link ExtranetRecords}. Each {@code add…} returns the stored record, whose id the sheet will cite.
 *
 * <p>Records close with their half-year: once a half-year's result is final (终审), a fault, relocation,
 * backbone failure, report, illegal connection or ad-hoc finding of it is 409 naming its time field
 * ({@code reported}, {@code moveFinished}, {@code period}, {@code foundOn}, …), a fault's times inside
 * it can no longer be revised, and an exemption of a record of it is 409 {@code record}
 * ({@link ClosedPeriods}). The checks come after the record's own validation, so a bad entry is still
 * 400 naming what is wrong with it.
 */
@Stateless
@LocalBean
@Local(ExtranetRecordSource.class)
public class ExtranetRecordBook implements ExtranetRecordSource {

    /** The assessment kind that reads this book ({@code ExtranetSchemeCodec.KIND}), whose final half-years close it. */
    static final String KIND = "extranet-half-year";

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private ClosedPeriods closedPeriods;

    @Inject
    private ExtranetContractService contracts;

    public ExtranetLeasedLine addLine(String code, long usingUnitId, LocationClass location, String bandwidth, BigDecimal monthlyFee) {
        boolean taken = !tenantEm.get().createQuery("SELECT l.id FROM ExtranetLeasedLine l WHERE l.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("code", "line " + code + " is already registered in this tenant");
        }
        ExtranetLeasedLine line = new ExtranetLeasedLine(code, unit(usingUnitId, "usingUnitId"), location, bandwidth, monthlyFee);
        EntityManager em = tenantEm.get();
        em.persist(line);
        em.flush();
        return line;
    }

    public ExtranetRecord addFault(String lineCode, OffsetDateTime reported, OffsetDateTime arrived, OffsetDateTime repaired,
                                OffsetDateTime confirmed) {
        ExtranetFault fault = new ExtranetFault(line(lineCode), reported, arrived, repaired, confirmed);
        requireOpenAt(reported, "reported");
        requireOpenAt(arrived, "arrived");
        requireOpenAt(repaired, "repaired");
        requireOpenAt(confirmed, "confirmed");
        return store(fault);
    }

    /** Completes or corrects a fault's times, starting from the version the editor read. */
    public ExtranetRecord reviseFault(String recordId, long expectedVersion, OffsetDateTime reported, OffsetDateTime arrived,
                                  OffsetDateTime repaired, OffsetDateTime confirmed) {
        Long id = ExtranetRecord.databaseId(recordId, ExtranetFault.KIND);
        ExtranetFault fault = id == null ? null : tenantEm.get().find(ExtranetFault.class, id);
        if (fault == null) {
            throw new RecordNotFoundException("id", "no fault " + recordId + " in this tenant");
        }
        StaleVersion.check("fault", fault.version(), expectedVersion);
        LineFault was = fault.toLineFault();
        fault.record(reported, arrived, repaired, confirmed);
        LineFault now = fault.toLineFault();
        closedPeriods.requireOpenChange(KIND, null, was.reported(), now.reported(), "reported");
        closedPeriods.requireOpenChange(KIND, null, was.arrived(), now.arrived(), "arrived");
        closedPeriods.requireOpenChange(KIND, null, was.repaired(), now.repaired(), "repaired");
        closedPeriods.requireOpenChange(KIND, null, was.confirmed(), now.confirmed(), "confirmed");
        tenantEm.get().flush();
        return fault;
    }

    public ExtranetRecord addRelocation(String lineCode, LocalDate moveFinished, LocalDate serviceRestored) {
        ExtranetRelocation relocation = new ExtranetRelocation(line(lineCode), moveFinished, serviceRestored);
        requireOpenOn(moveFinished, "moveFinished");
        requireOpenOn(serviceRestored, "serviceRestored");
        return store(relocation);
    }

    public ExtranetRecord addBackboneFailure(OffsetDateTime reported, OffsetDateTime responded, OffsetDateTime restored) {
        ExtranetBackboneFailure failure = new ExtranetBackboneFailure(reported, responded, restored);
        requireOpenAt(reported, "reported");
        requireOpenAt(responded, "responded");
        requireOpenAt(restored, "restored");
        return store(failure);
    }

    public ExtranetRecord addReportSubmission(String periodLabel, LocalDate submittedOn) {
        ExtranetReportSubmission submission = new ExtranetReportSubmission(period(periodLabel), submittedOn);
        closedPeriods.requireOpen(KIND, null, period(periodLabel).toString(), "period");
        return store(submission);
    }

    public ExtranetRecord addIllegalConnection(long responsibleUnitId, LocalDate foundOn, String description) {
        ExtranetIllegalConnection connection = new ExtranetIllegalConnection(unit(responsibleUnitId, "responsibleUnitId"),
                foundOn, description);
        requireOpenOn(foundOn, "foundOn");
        return store(connection);
    }

    public ExtranetRecord addAdHocFinding(LocalDate foundOn, BigDecimal amount, String reason) {
        ExtranetAdHocFinding finding = new ExtranetAdHocFinding(foundOn, amount, reason);
        requireOpenOn(foundOn, "foundOn");
        return store(finding);
    }

    public ExtranetRecord addMaintainer(String name, String phone, LocalDate appointedOn, LocalDate leftOn) {
        return store(new ExtranetMaintainer(name, phone, appointedOn, leftOn));
    }

    public ExtranetRecord addStaffChange(LocalDate changedOn, String description, LocalDate writtenNoticeOn) {
        return store(new ExtranetStaffChange(changedOn, description, writtenNoticeOn));
    }

    /** The operator's staffing on {@code day}: maintainers on duty, and staff changes not notified in writing. */
    public Staffing staffing(LocalDate day) {
        return Staffing.on(day, all(ExtranetMaintainer.class).stream().map(ExtranetMaintainer::toMaintainer).toList(),
                all(ExtranetStaffChange.class).stream().map(ExtranetStaffChange::toStaffChange).toList());
    }

    /** Grants an approved exemption on an existing record that has none yet. */
    public ExtranetRecord grantExemption(String recordId, ForceMajeureCause cause, String explanation, String approvedBy) {
        ExtranetRecords book = records();
        boolean known = Stream.of(
                        book.faults().stream().map(LineFault::id),
                        book.relocations().stream().map(LineRelocation::id),
                        book.backboneFailures().stream().map(BackboneFailure::id),
                        book.reports().stream().map(ReportSubmission::id),
                        book.illegalConnections().stream().map(IllegalConnection::id),
                        book.adHocFindings().stream().map(AdHocFinding::id))
                .flatMap(Function.identity())
                .anyMatch(recordId::equals);
        if (!known) {
            throw new InvalidFieldException("record", "no record " + recordId + " in this tenant");
        }
        if (book.exemptions().stream().anyMatch(e -> e.recordId().equals(recordId))) {
            throw new ConflictException("record", "record " + recordId + " is already exempted");
        }
        ExtranetExemption exemption = new ExtranetExemption(recordId, cause, explanation, approvedBy);
        requireOpenHalfYearOf(book, recordId, "record");
        return store(exemption);
    }

    /** Refuses (409 {@code field}) exempting a record whose half-year (that of its first time) is final. */
    private void requireOpenHalfYearOf(ExtranetRecords book, String recordId, String field) {
        book.faults().stream().filter(r -> r.id().equals(recordId)).forEach(r -> requireOpenAt(r.reported(), field));
        book.relocations().stream().filter(r -> r.id().equals(recordId)).forEach(r -> requireOpenOn(r.moveFinished(), field));
        book.backboneFailures().stream().filter(r -> r.id().equals(recordId)).forEach(r -> requireOpenAt(r.reported(), field));
        book.reports().stream().filter(r -> r.id().equals(recordId))
                .forEach(r -> closedPeriods.requireOpen(KIND, null, r.reportFor().toString(), field));
        book.illegalConnections().stream().filter(r -> r.id().equals(recordId)).forEach(r -> requireOpenOn(r.foundOn(), field));
        book.adHocFindings().stream().filter(r -> r.id().equals(recordId)).forEach(r -> requireOpenOn(r.foundOn(), field));
    }

    /** Refuses (409 {@code field}) a time inside a half-year whose result is final. */
    private void requireOpenAt(OffsetDateTime at, String field) {
        requireOpenAt(at == null ? null : at.toInstant(), field);
    }

    private void requireOpenAt(Instant at, String field) {
        closedPeriods.requireOpenAt(KIND, null, at, field);
    }

    /** Refuses (409 {@code field}) a day of a half-year whose result is final; a local day needs no zone. */
    private void requireOpenOn(LocalDate day, String field) {
        if (day != null) {
            closedPeriods.requireOpen(KIND, null, HalfYear.containing(day).toString(), field);
        }
    }

    /** Every record of the tenant, as the rules read them; each rule books its misses in their half-year. */
    @Override
    public ExtranetRecords records() {
        return records(tenantEm.get());
    }

    @Override
    public Optional<CoveringContract> covering(HalfYear period, OffsetDateTime asOf) {
        return contracts.covering(period, asOf).map(c -> new CoveringContract(c.id(), c.number(), c.name(),
                c.vendor().name(), c.serviceStart(), c.serviceEnd(), c.finalPayment()));
    }

    /**
     * The book as {@link #records()} reads it, on any manager bound to a tenant: kept static so that
     * a persistence test reads exactly what the assessment reads, without a container.
     */
    static ExtranetRecords records(EntityManager em) {
        return new ExtranetRecords(
                all(em, ExtranetLeasedLine.class).stream().map(ExtranetLeasedLine::toExtranetLine).toList(),
                all(em, ExtranetFault.class).stream().map(ExtranetFault::toLineFault).toList(),
                all(em, ExtranetBackboneFailure.class).stream().map(ExtranetBackboneFailure::toBackboneFailure).toList(),
                all(em, ExtranetRelocation.class).stream().map(ExtranetRelocation::toLineRelocation).toList(),
                all(em, ExtranetReportSubmission.class).stream().map(ExtranetReportSubmission::toReportSubmission).toList(),
                all(em, ExtranetIllegalConnection.class).stream().map(ExtranetIllegalConnection::toIllegalConnection).toList(),
                all(em, ExtranetAdHocFinding.class).stream().map(ExtranetAdHocFinding::toAdHocFinding).toList(),
                all(em, ExtranetExemption.class).stream().map(ExtranetExemption::toExemption).toList());
    }

    private ExtranetRecord store(ExtranetRecord record) {
        EntityManager em = tenantEm.get();
        em.persist(record);
        em.flush();
        return record;
    }

    private <T> List<T> all(Class<T> type) {
        return all(tenantEm.get(), type);
    }

    private static <T> List<T> all(EntityManager em, Class<T> type) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r ORDER BY r.id", type).getResultList();
    }

    private ExtranetLeasedLine line(String code) {
        return tenantEm.get().createQuery("SELECT l FROM ExtranetLeasedLine l WHERE l.code = :code", ExtranetLeasedLine.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidFieldException("line", "no line " + code + " in this tenant"));
    }

    private UsingUnit unit(long id, String field) {
        UsingUnit unit = tenantEm.get().find(UsingUnit.class, id);
        if (unit == null) {
            throw new InvalidFieldException(field, "no using unit " + id + " in this tenant");
        }
        return unit;
    }

    private static HalfYear period(String label) {
        try {
            return HalfYear.parse(label);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("period", e.getMessage());
        }
    }
}
