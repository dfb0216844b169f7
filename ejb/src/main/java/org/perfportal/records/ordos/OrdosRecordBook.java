package org.perfportal.records.ordos;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.perfportal.assessment.ordos.AdHocFinding;
import org.perfportal.assessment.ordos.BackboneFailure;
import org.perfportal.assessment.ordos.ForceMajeureCause;
import org.perfportal.assessment.ordos.HalfYear;
import org.perfportal.assessment.ordos.IllegalConnection;
import org.perfportal.assessment.ordos.LineFault;
import org.perfportal.assessment.ordos.LineRelocation;
import org.perfportal.assessment.ordos.LocationClass;
import org.perfportal.assessment.ordos.OrdosRecords;
import org.perfportal.assessment.ordos.ReportSubmission;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.tenant.TenantEntityManager;

/**
 * The current tenant's Ordos record book (考核记录台账): enters each kind of record, the operator's maintainers and staff changes among them, refusing what
 * the rules could not read (naming the field), and hands the whole book to the assessment as
 * {@link OrdosRecords}. Each {@code add…} returns the stored record, whose id the sheet will cite.
 */
@Stateless
public class OrdosRecordBook {

    @Inject
    private TenantEntityManager tenantEm;

    public OrdosLine addLine(String code, long usingUnitId, LocationClass location, String bandwidth, BigDecimal monthlyFee) {
        boolean taken = !tenantEm.get().createQuery("SELECT l.id FROM OrdosLine l WHERE l.code = :code", Long.class)
                .setParameter("code", code).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("code", "line " + code + " is already registered in this tenant");
        }
        OrdosLine line = new OrdosLine(code, unit(usingUnitId, "usingUnitId"), location, bandwidth, monthlyFee);
        EntityManager em = tenantEm.get();
        em.persist(line);
        em.flush();
        return line;
    }

    public OrdosRecord addFault(String lineCode, OffsetDateTime reported, OffsetDateTime arrived, OffsetDateTime repaired,
                                OffsetDateTime confirmed) {
        return store(new OrdosFault(line(lineCode), reported, arrived, repaired, confirmed));
    }

    /** Completes or corrects a fault's times, starting from the version the editor read. */
    public OrdosRecord reviseFault(String recordId, long expectedVersion, OffsetDateTime reported, OffsetDateTime arrived,
                                  OffsetDateTime repaired, OffsetDateTime confirmed) {
        Long id = OrdosRecord.databaseId(recordId, OrdosFault.KIND);
        OrdosFault fault = id == null ? null : tenantEm.get().find(OrdosFault.class, id);
        if (fault == null) {
            throw new RecordNotFoundException("id", "no fault " + recordId + " in this tenant");
        }
        StaleVersion.check("fault", fault.version(), expectedVersion);
        fault.record(reported, arrived, repaired, confirmed);
        tenantEm.get().flush();
        return fault;
    }

    public OrdosRecord addRelocation(String lineCode, LocalDate moveFinished, LocalDate serviceRestored) {
        return store(new OrdosRelocation(line(lineCode), moveFinished, serviceRestored));
    }

    public OrdosRecord addBackboneFailure(OffsetDateTime reported, OffsetDateTime responded, OffsetDateTime restored) {
        return store(new OrdosBackboneFailure(reported, responded, restored));
    }

    public OrdosRecord addReportSubmission(String periodLabel, LocalDate submittedOn) {
        return store(new OrdosReportSubmission(period(periodLabel), submittedOn));
    }

    public OrdosRecord addIllegalConnection(long responsibleUnitId, LocalDate foundOn, String description) {
        return store(new OrdosIllegalConnection(unit(responsibleUnitId, "responsibleUnitId"), foundOn, description));
    }

    public OrdosRecord addAdHocFinding(LocalDate foundOn, BigDecimal amount, String reason) {
        return store(new OrdosAdHocFinding(foundOn, amount, reason));
    }

    public OrdosRecord addMaintainer(String name, String phone, LocalDate appointedOn, LocalDate leftOn) {
        return store(new OrdosMaintainer(name, phone, appointedOn, leftOn));
    }

    public OrdosRecord addStaffChange(LocalDate changedOn, String description, LocalDate writtenNoticeOn) {
        return store(new OrdosStaffChange(changedOn, description, writtenNoticeOn));
    }

    /** The operator's staffing on {@code day}: maintainers on duty, and staff changes not notified in writing. */
    public Staffing staffing(LocalDate day) {
        return Staffing.on(day, all(OrdosMaintainer.class).stream().map(OrdosMaintainer::toMaintainer).toList(),
                all(OrdosStaffChange.class).stream().map(OrdosStaffChange::toStaffChange).toList());
    }

    /** Grants an approved exemption on an existing record that has none yet. */
    public OrdosRecord grantExemption(String recordId, ForceMajeureCause cause, String explanation, String approvedBy) {
        OrdosRecords book = records();
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
        return store(new OrdosExemption(recordId, cause, explanation, approvedBy));
    }

    /** Every record of the tenant, as the rules read them; each rule books its misses in their half-year. */
    public OrdosRecords records() {
        return records(tenantEm.get());
    }

    /**
     * The book as {@link #records()} reads it, on any manager bound to a tenant: kept static so that
     * a persistence test reads exactly what the assessment reads, without a container.
     */
    static OrdosRecords records(EntityManager em) {
        return new OrdosRecords(
                all(em, OrdosLine.class).stream().map(OrdosLine::toExtranetLine).toList(),
                all(em, OrdosFault.class).stream().map(OrdosFault::toLineFault).toList(),
                all(em, OrdosBackboneFailure.class).stream().map(OrdosBackboneFailure::toBackboneFailure).toList(),
                all(em, OrdosRelocation.class).stream().map(OrdosRelocation::toLineRelocation).toList(),
                all(em, OrdosReportSubmission.class).stream().map(OrdosReportSubmission::toReportSubmission).toList(),
                all(em, OrdosIllegalConnection.class).stream().map(OrdosIllegalConnection::toIllegalConnection).toList(),
                all(em, OrdosAdHocFinding.class).stream().map(OrdosAdHocFinding::toAdHocFinding).toList(),
                all(em, OrdosExemption.class).stream().map(OrdosExemption::toExemption).toList());
    }

    private OrdosRecord store(OrdosRecord record) {
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

    private OrdosLine line(String code) {
        return tenantEm.get().createQuery("SELECT l FROM OrdosLine l WHERE l.code = :code", OrdosLine.class)
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
