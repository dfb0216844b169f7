package org.perfportal.records.extranet;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.perfportal.assessment.extranet.AdHocFinding;
import org.perfportal.assessment.extranet.BackboneFailure;
import org.perfportal.assessment.extranet.ChargedParty;
import org.perfportal.assessment.extranet.CoveringContract;
import org.perfportal.assessment.extranet.ExtranetRecordSource;
import org.perfportal.assessment.extranet.ForceMajeureCause;
import org.perfportal.assessment.extranet.HalfYear;
import org.perfportal.assessment.extranet.IllegalConnection;
import org.perfportal.assessment.extranet.LineFault;
import org.perfportal.assessment.extranet.LineRelocation;
import org.perfportal.assessment.extranet.LocationClass;
import org.perfportal.assessment.extranet.ExtranetRecords;
import org.perfportal.assessment.extranet.ExtranetSchemeCodec;
import org.perfportal.assessment.extranet.ReportSubmission;
import org.perfportal.contract.UsingUnit;
import org.perfportal.assessment.ClosedPeriods;
import org.perfportal.records.PastOnly;
import org.perfportal.scheme.SchemeService;
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
 *
 * <p>A record logs what happened: a time or day after now is 400 naming its field ({@link PastOnly},
 * the rule of every book). Lines belong to an operator contract and carry their service dates;
 * retiring one ({@link #retireLine}) is how a line leaves, so that the fee bases of later months
 * no longer count it.
 */
@Stateless
@LocalBean
@Local(ExtranetRecordSource.class)
public class ExtranetRecordBook implements ExtranetRecordSource {

    /** The assessment kind that reads this book ({@code ExtranetSchemeCodec.KIND}), whose final half-years close it. */
    static final String KIND = "extranet-half-year";

    /** The zone the bureau's days are read in (the seeded schemes' {@code zone}). */
    static final ZoneId BOOK_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private ClosedPeriods closedPeriods;

    @Inject
    private ExtranetContractService contracts;

    @Inject
    private Clock clock;

    @Inject
    private SchemeService schemes;

    @Inject
    private ExtranetSchemeCodec codec;

    /**
     * Registers a line of {@code contractId} (null: of no named contract, counted for every one — how
     * lines were registered before) from {@code inServiceFrom} (null: the contract's first day).
     */
    public ExtranetLeasedLine addLine(String code, long usingUnitId, LocationClass location, String bandwidth, BigDecimal monthlyFee,
                                      Long contractId, LocalDate inServiceFrom) {
        boolean taken = !tenantEm.get().createQuery("SELECT l.id FROM ExtranetLeasedLine l WHERE l.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("code", "line " + code + " is already registered in this tenant");
        }
        ExtranetContract contract = contractId == null ? null : contract(contractId);
        ExtranetLeasedLine line = new ExtranetLeasedLine(code, unit(usingUnitId, "usingUnitId"), location, bandwidth, monthlyFee,
                contract, inServiceFrom);
        EntityManager em = tenantEm.get();
        em.persist(line);
        em.flush();
        return line;
    }

    /**
     * Retires a line from {@code retiredOn} (the first day out of service), from the version read.
     * A day inside a half-year whose result is final is 409 {@code retiredOn}: it would change the
     * fee bases that result was computed on.
     */
    public ExtranetLeasedLine retireLine(String code, long expectedVersion, LocalDate retiredOn) {
        if (retiredOn == null) {
            throw new InvalidFieldException("retiredOn", "the first day the line is out of service is required");
        }
        ExtranetLeasedLine line = tenantEm.get().createQuery("SELECT l FROM ExtranetLeasedLine l WHERE l.code = :code",
                        ExtranetLeasedLine.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("code", "no line " + code + " in this tenant"));
        StaleVersion.check("line", line.version(), expectedVersion);
        line.retire(retiredOn);
        requireOpenOn(retiredOn, "retiredOn");
        tenantEm.get().flush();
        return line;
    }

    public ExtranetRecord addFault(String lineCode, OffsetDateTime reported, OffsetDateTime arrived, OffsetDateTime repaired,
                                OffsetDateTime confirmed) {
        ExtranetFault fault = new ExtranetFault(line(lineCode), reported, arrived, repaired, confirmed);
        refuseFuture(reported, arrived, repaired, confirmed);
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
        refuseFuture(reported, arrived, repaired, confirmed);
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
        refuseFutureDay("moveFinished", moveFinished);
        refuseFutureDay("serviceRestored", serviceRestored);
        requireOpenOn(moveFinished, "moveFinished");
        requireOpenOn(serviceRestored, "serviceRestored");
        return store(relocation);
    }

    public ExtranetRecord addBackboneFailure(OffsetDateTime reported, OffsetDateTime responded, OffsetDateTime restored) {
        ExtranetBackboneFailure failure = new ExtranetBackboneFailure(reported, responded, restored);
        Instant now = clock.instant();
        PastOnly.time(now, "reported", reported);
        PastOnly.time(now, "responded", responded);
        PastOnly.time(now, "restored", restored);
        requireOpenAt(reported, "reported");
        requireOpenAt(responded, "responded");
        requireOpenAt(restored, "restored");
        return store(failure);
    }

    public ExtranetRecord addReportSubmission(String periodLabel, LocalDate submittedOn) {
        ExtranetReportSubmission submission = new ExtranetReportSubmission(period(periodLabel), submittedOn);
        refuseFutureDay("submittedOn", submittedOn);
        closedPeriods.requireOpen(KIND, null, period(periodLabel).toString(), "period");
        return store(submission);
    }

    public ExtranetRecord addIllegalConnection(long responsibleUnitId, LocalDate foundOn, String description,
                                               ChargedParty chargedParty) {
        ExtranetIllegalConnection connection = new ExtranetIllegalConnection(unit(responsibleUnitId, "responsibleUnitId"),
                foundOn, description, chargedParty);
        refuseFutureDay("foundOn", foundOn);
        requireOpenOn(foundOn, "foundOn");
        return store(connection);
    }

    public ExtranetRecord addAdHocFinding(LocalDate foundOn, BigDecimal amount, String reason) {
        ExtranetAdHocFinding finding = new ExtranetAdHocFinding(foundOn, amount, reason);
        refuseFutureDay("foundOn", foundOn);
        requireOpenOn(foundOn, "foundOn");
        return store(finding);
    }

    public ExtranetRecord addMaintainer(String name, String phone, LocalDate appointedOn, LocalDate leftOn) {
        return store(new ExtranetMaintainer(name, phone, appointedOn, leftOn));
    }

    public ExtranetRecord addStaffChange(LocalDate changedOn, String description, LocalDate writtenNoticeOn) {
        ExtranetStaffChange change = new ExtranetStaffChange(changedOn, description, writtenNoticeOn);
        refuseFutureDay("changedOn", changedOn);
        refuseFutureDay("writtenNoticeOn", writtenNoticeOn);
        return store(change);
    }

    /**
     * The operator's staffing on {@code day}: maintainers on duty against the {@code minimumMaintainers}
     * of the scheme in force that day, and staff changes not notified in writing.
     */
    public Staffing staffing(LocalDate day) {
        int minimum = schemes.inForce(codec, day).parameters().minimumMaintainers();
        return Staffing.on(day, minimum, all(ExtranetMaintainer.class).stream().map(ExtranetMaintainer::toMaintainer).toList(),
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

    private void refuseFuture(OffsetDateTime reported, OffsetDateTime arrived, OffsetDateTime repaired, OffsetDateTime confirmed) {
        Instant now = clock.instant();
        PastOnly.time(now, "reported", reported);
        PastOnly.time(now, "arrived", arrived);
        PastOnly.time(now, "repaired", repaired);
        PastOnly.time(now, "confirmed", confirmed);
    }

    /** Refuses (400 {@code field}) a day after today in Beijing, where the bureau keeps its book. */
    private void refuseFutureDay(String field, LocalDate day) {
        PastOnly.day(clock.instant(), BOOK_ZONE, field, day);
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

    private ExtranetContract contract(long id) {
        ExtranetContract contract = tenantEm.get().find(ExtranetContract.class, id);
        if (contract == null) {
            throw new InvalidFieldException("contractId", "no operator contract " + id + " in this tenant");
        }
        return contract;
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
