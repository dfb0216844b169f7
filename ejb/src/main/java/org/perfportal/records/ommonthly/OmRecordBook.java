package org.perfportal.records.ommonthly;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.BiFunction;
import org.perfportal.assessment.ommonthly.AssessmentMonth;
import org.perfportal.assessment.ommonthly.DeductionKind;
import org.perfportal.assessment.ommonthly.FaultLevel;
import org.perfportal.assessment.ommonthly.OmMonthRecords;
import org.perfportal.assessment.ommonthly.OmSchemeCodec;
import org.perfportal.assessment.ommonthly.OmSchemeParameters;
import org.perfportal.assessment.ommonthly.PenaltyKind;
import org.perfportal.assessment.ommonthly.PenaltyTariff;
import org.perfportal.assessment.ommonthly.PointRange;
import org.perfportal.assessment.ommonthly.SatisfactionLevel;
import org.perfportal.assessment.ommonthly.VulnerabilitySeverity;
import org.perfportal.assessment.ommonthly.WorkKind;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.UsingUnit;
import org.perfportal.identity.Role;
import org.perfportal.identity.VerifiedCaller;
import org.perfportal.scheme.SchemeService;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.ForbiddenException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.tenant.TenantEntityManager;

/**
 * The current tenant's Luohe record book (运维考核记录台账): what the vendor logs (faults,
 * vulnerabilities, routine work, scan reports, archived documents), what the using units do
 * (confirm restores, submit satisfaction forms), what the assessor enters (deduction items, money
 * penalties) and the approver exempts; and, for the monthly assessment,
 * {@link #monthRecords the month as the pure rules read it}. Every entry is checked before it is
 * stored and refused naming the field: an unknown unit or item, an item of another unit or
 * contract, a time in the future or out of order, points or a rate outside the scheme's range.
 *
 * <p>Records close with their month: once a contract month's assessment is final (终审), a record
 * of that month is 409 naming its time field ({@code reported}, {@code found}, {@code at}) or
 * {@code month}, and a time inside it can no longer be changed ({@link OmClosedMonths}). A record's
 * month is the contract month its time falls in (from the 10th, {@link AssessmentMonth}); an
 * exemption's is that of the record it exempts (409 {@code record}). The checks come after the
 * record's own validation, so a bad entry is still 400 naming what is wrong with it.
 */
@Stateless
public class OmRecordBook {

    /** The roles that read every unit's satisfaction forms; anyone else reads only the unit it acts for. */
    private static final List<String> FORM_READERS = List.of(Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR,
            Role.AUDITOR);

    @Inject
    private Clock clock;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private SchemeService schemes;

    @Inject
    private OmClosedMonths closedMonths;

    @Inject
    private OmSchemeCodec codec;

    /**
     * The pure input of one vendor month of {@code contractId}: every using unit with items in
     * the contract, its records relevant to {@code month}, the previous month's (empty before the
     * contract's first month), the month's deduction items and money penalties, the approved
     * exemptions. What is read, and why, is on {@link OmMonthLoader}.
     */
    public OmMonthRecords monthRecords(long contractId, AssessmentMonth month) {
        return new OmMonthLoader(tenantEm.get()).load(contractId, month);
    }

    /** The assessment month labelled {@code month} of the contract, under the scheme in force then. */
    public AssessmentMonth assessmentMonth(long contractId, String month) {
        ServiceContract contract = tenantEm.get().find(ServiceContract.class, contractId);
        if (contract == null) {
            throw new RecordNotFoundException("contractId", "no service contract " + contractId + " in this tenant");
        }
        YearMonth label = month(contract, month);
        return parameters(contract, label).assessmentMonth(label);
    }

    public OmFault logFault(long contractId, long itemId, FaultLevel level, String description,
                               OffsetDateTime reported, OffsetDateTime responded, OffsetDateTime restored) {
        ServiceContract contract = contract(contractId);
        OmFault fault = new OmFault(contract, item(contract, itemId, null), level, description, reported, responded, restored);
        closedMonths.requireOpenAt(contract, reported, "reported");
        closedMonths.requireOpenAt(contract, responded, "responded");
        closedMonths.requireOpenAt(contract, restored, "restored");
        return store(fault);
    }

    public OmFault fault(String recordId) {
        return find(OmFault.class, RecordKind.FAULT, recordId);
    }

    /** Completes or corrects a fault's times, starting from the version the editor read. */
    public OmFault progressFault(String recordId, long expectedVersion, OffsetDateTime reported,
                                    OffsetDateTime responded, OffsetDateTime restored) {
        OmFault fault = fault(recordId);
        StaleVersion.check("fault", fault.version(), expectedVersion);
        OffsetDateTime wasReported = fault.reported();
        OffsetDateTime wasResponded = fault.responded();
        OffsetDateTime wasRestored = fault.restored();
        fault.progress(reported, responded, restored);
        fault.refuseFutureTimes(clock.instant());
        closedMonths.requireOpenChange(fault.contract(), wasReported, fault.reported(), "reported");
        closedMonths.requireOpenChange(fault.contract(), wasResponded, fault.responded(), "responded");
        closedMonths.requireOpenChange(fault.contract(), wasRestored, fault.restored(), "restored");
        tenantEm.get().flush();
        return fault;
    }

    /** The unit whose system failed confirms the restore (确认恢复); another unit may not. */
    public OmFault confirmFault(String recordId, long expectedVersion, OffsetDateTime confirmed, VerifiedCaller caller) {
        OmFault fault = fault(recordId);
        caller.requireSpeaksFor(fault.item().unit().id(), "id");
        StaleVersion.check("fault", fault.version(), expectedVersion);
        fault.confirm(confirmed, caller.username());
        fault.refuseFutureTimes(clock.instant());
        tenantEm.get().flush();
        return fault;
    }

    public OmVulnerability logVulnerability(long contractId, long itemId, VulnerabilitySeverity severity,
                                               String description, OffsetDateTime found, OffsetDateTime responded,
                                               OffsetDateTime fixed, boolean mitigated) {
        ServiceContract contract = contract(contractId);
        OmVulnerability vulnerability = new OmVulnerability(contract, item(contract, itemId, null), severity, description,
                found, responded, fixed, mitigated);
        closedMonths.requireOpenAt(contract, found, "found");
        closedMonths.requireOpenAt(contract, responded, "responded");
        closedMonths.requireOpenAt(contract, fixed, "fixed");
        return store(vulnerability);
    }

    public OmVulnerability vulnerability(String recordId) {
        return find(OmVulnerability.class, RecordKind.VULNERABILITY, recordId);
    }

    public OmVulnerability progressVulnerability(String recordId, long expectedVersion, OffsetDateTime found,
                                                    OffsetDateTime responded, OffsetDateTime fixed, boolean mitigated) {
        OmVulnerability vulnerability = vulnerability(recordId);
        StaleVersion.check("vulnerability", vulnerability.version(), expectedVersion);
        OffsetDateTime wasFound = vulnerability.found();
        OffsetDateTime wasResponded = vulnerability.responded();
        OffsetDateTime wasFixed = vulnerability.fixed();
        vulnerability.progress(found, responded, fixed, mitigated);
        vulnerability.refuseFutureTimes(clock.instant());
        closedMonths.requireOpenChange(vulnerability.contract(), wasFound, vulnerability.found(), "found");
        closedMonths.requireOpenChange(vulnerability.contract(), wasResponded, vulnerability.responded(), "responded");
        closedMonths.requireOpenChange(vulnerability.contract(), wasFixed, vulnerability.fixed(), "fixed");
        tenantEm.get().flush();
        return vulnerability;
    }

    /** Logs a visit, inspection, backup or scan at {@code unitId}, of the item {@code itemId} if given. */
    public OmWork logWork(long contractId, long unitId, Long itemId, WorkKind kind, OffsetDateTime at, String note,
                             String backupPath) {
        ServiceContract contract = contract(contractId);
        UsingUnit unit = unitOf(contract, unitId);
        OmItem item = itemId == null ? null : item(contract, itemId, unit);
        OmWork work = new OmWork(contract, unit, item, kind, at, note, backupPath);
        closedMonths.requireOpenAt(contract, at, "at");
        return store(work);
    }

    public OmWork work(String recordId) {
        return find(OmWork.class, RecordKind.WORK, recordId);
    }

    /** Attaches the uploaded report to a scan, after {@link ScanReportCheck} accepted it. */
    public ScanReportInfo attachScanReport(String scanId, String fileName, String contentType, byte[] content) {
        OmWork scan = scan(scanId);
        String type = ScanReportCheck.check(fileName, contentType, content);
        OmScanReport report = new OmScanReport(scan, fileName.strip(), type, content);
        tenantEm.get().persist(report);
        tenantEm.get().flush();
        return report.info();
    }

    /** A scan's reports, metadata only (the bytes are not read). */
    public List<ScanReportInfo> scanReports(String scanId) {
        OmWork scan = scan(scanId);
        return tenantEm.get().createQuery("SELECT r.id, r.fileName, r.contentType, r.sizeBytes, r.createdAt"
                        + " FROM OmScanReport r WHERE r.scan = :scan ORDER BY r.id", Object[].class)
                .setParameter("scan", scan)
                .getResultList().stream()
                .map(row -> new ScanReportInfo((Long) row[0], scan.recordId(), (String) row[1], (String) row[2],
                        ((Number) row[3]).longValue(), (OffsetDateTime) row[4]))
                .toList();
    }

    /** One report of a scan, with its bytes; a report of another scan or tenant is not found. */
    public OmScanReport scanReport(String scanId, long reportId) {
        OmWork scan = scan(scanId);
        OmScanReport report = tenantEm.get().find(OmScanReport.class, reportId);
        if (report == null || !report.scan().recordId().equals(scan.recordId())) {
            throw new RecordNotFoundException("reportId", "no report " + reportId + " on scan " + scanId);
        }
        return report;
    }

    /** Adds a document the system of {@code itemId} must have archived every month. */
    public OmCatalogueEntry addCatalogueEntry(long contractId, long itemId, String title) {
        ServiceContract contract = contract(contractId);
        OmItem item = item(contract, itemId, null);
        boolean taken = tenantEm.get().createQuery("SELECT e.id FROM OmCatalogueEntry e WHERE e.item = :item"
                        + " AND e.title = :title", Long.class)
                .setParameter("item", item).setParameter("title", title)
                .getResultStream().findAny().isPresent();
        if (taken) {
            throw new ConflictException("title", "the catalogue of item " + item.sequenceNo() + " already lists " + title);
        }
        return store(new OmCatalogueEntry(contract, item, title));
    }

    public List<OmCatalogueEntry> catalogue(long contractId) {
        return tenantEm.get().createQuery("SELECT e FROM OmCatalogueEntry e WHERE e.contract = :contract"
                        + " ORDER BY e.item.sequenceNo, e.id", OmCatalogueEntry.class)
                .setParameter("contract", contract(contractId))
                .getResultList();
    }

    /** Archives the document a catalogue entry asks for, for one month; once per entry and month. */
    public OmArchiveDocument archiveDocument(String entryId, String month, OffsetDateTime archivedAt, String reference) {
        OmCatalogueEntry entry = find(OmCatalogueEntry.class, RecordKind.CATALOGUE_ENTRY, entryId, "entry",
                InvalidFieldException::new);
        String label = month(entry.contract(), month).toString();
        boolean done = tenantEm.get().createQuery("SELECT d.id FROM OmArchiveDocument d WHERE d.entry = :entry"
                        + " AND d.month = :month", Long.class)
                .setParameter("entry", entry).setParameter("month", label)
                .getResultStream().findAny().isPresent();
        if (done) {
            throw new ConflictException("month", entry.title() + " is already archived for " + label);
        }
        OmArchiveDocument document = new OmArchiveDocument(entry, label, archivedAt, reference);
        closedMonths.requireOpen(entry.contract(), label, "month");
        return store(document);
    }

    /**
     * A unit submits its satisfaction form for the month (附件4.1). The caller must act for that
     * unit; the form is final once submitted, so a second one for the same month is 409 {@code month},
     * and so is a form for a month whose assessment is already final (终审): it could no longer count.
     */
    public OmSatisfactionForm submitForm(long contractId, long unitId, String month, List<SatisfactionLevel> ratings,
                                            boolean accident, String reasons, String suggestions, VerifiedCaller caller) {
        ServiceContract contract = contract(contractId);
        UsingUnit unit = unitOf(contract, unitId);
        caller.requireSpeaksFor(unit.id(), "unitId");
        String label = month(contract, month).toString();
        boolean submitted = tenantEm.get().createQuery("SELECT f.id FROM OmSatisfactionForm f WHERE f.contract = :contract"
                        + " AND f.unit = :unit AND f.month = :month", Long.class)
                .setParameter("contract", contract).setParameter("unit", unit).setParameter("month", label)
                .getResultStream().findAny().isPresent();
        if (submitted) {
            throw new ConflictException("month", unit.name() + " has already submitted its form for " + label);
        }
        closedMonths.requireOpen(contract, label, "month");
        return store(new OmSatisfactionForm(contract, unit, label, ratings, accident, reasons, suggestions,
                OffsetDateTime.now(clock), caller.username()));
    }

    /**
     * A submitted form as {@code caller} may read it: the tenant's assessing and supervising roles
     * read every form; a caller who is only a using unit reads its own unit's forms (another unit's
     * is 403 {@code id}), since a unit's ratings of the vendor are not other units' business.
     */
    public OmSatisfactionForm form(String recordId, VerifiedCaller caller) {
        OmSatisfactionForm form = find(OmSatisfactionForm.class, RecordKind.SATISFACTION_FORM, recordId);
        boolean readsAll = FORM_READERS.stream().anyMatch(caller::hasRole);
        if (!readsAll) {
            caller.requireSpeaksFor(form.unit().id(), "id");
        }
        return form;
    }

    /** An assessor's deduction item, its points inside the kind's range of the scheme in force for the month. */
    public OmDeduction enterDeduction(long contractId, String month, DeductionKind kind, BigDecimal points,
                                         String reason, String evidence, String evidenceFile, long unitId, Long itemId,
                                         String enteredBy) {
        ServiceContract contract = contract(contractId);
        YearMonth label = month(contract, month);
        UsingUnit unit = unitOf(contract, unitId);
        OmItem item = itemId == null ? null : item(contract, itemId, unit);
        PointRange range = parameters(contract, label).deductionRanges().get(kind);
        if (points.scale() > 2 || !range.contains(points)) {
            throw new InvalidFieldException("points", kind + " takes " + range.min().toPlainString() + "–"
                    + range.max().toPlainString() + " points (at most 2 decimals), was " + points.toPlainString());
        }
        closedMonths.requireOpen(contract, label.toString(), "month");
        return store(new OmDeduction(contract, label.toString(), kind, points.setScale(2), reason, evidence,
                evidenceFile, unit, item, enteredBy));
    }

    /**
     * An assessor's money penalty under the tariff of the scheme in force for the month: a rate
     * tariff needs {@code rate} inside its range (a single-value range may leave it out); a fixed
     * tariff takes no rate, and an {@code amount}, if given, must be the tariff's.
     */
    public OmMoneyPenalty enterPenalty(long contractId, String month, PenaltyKind kind, BigDecimal rate,
                                          BigDecimal amount, String reason, String evidence, String evidenceFile,
                                          String enteredBy) {
        ServiceContract contract = contract(contractId);
        YearMonth label = month(contract, month);
        PenaltyTariff tariff = parameters(contract, label).penaltyTariffs().get(kind);
        if (amount != null && amount.signum() <= 0) {
            throw new InvalidFieldException("amount", "an amount is greater than 0, was " + amount.toPlainString());
        }
        BigDecimal pickedRate;
        if (tariff.isFixedAmount()) {
            if (rate != null) {
                throw new InvalidFieldException("rate", kind + " is a fixed amount of ¥" + tariff.fixedAmount().toPlainString()
                        + ", not a rate");
            }
            if (amount != null && amount.compareTo(tariff.fixedAmount()) != 0) {
                throw new InvalidFieldException("amount", kind + " costs ¥" + tariff.fixedAmount().toPlainString()
                        + " per occurrence, was " + amount.toPlainString());
            }
            pickedRate = null;
        } else {
            if (amount != null) {
                throw new InvalidFieldException("amount", kind + " is a rate of the month's fee, not an amount");
            }
            boolean single = tariff.minRate().compareTo(tariff.maxRate()) == 0;
            pickedRate = rate == null && single ? tariff.minRate() : rate;
            if (pickedRate == null || pickedRate.compareTo(tariff.minRate()) < 0 || pickedRate.compareTo(tariff.maxRate()) > 0
                    || pickedRate.stripTrailingZeros().scale() > 4) {
                throw new InvalidFieldException("rate", kind + " takes a rate of " + tariff.minRate().toPlainString()
                        + "–" + tariff.maxRate().toPlainString() + " of the month's fee, was "
                        + (rate == null ? "none" : rate.toPlainString()));
            }
        }
        closedMonths.requireOpen(contract, label.toString(), "month");
        return store(new OmMoneyPenalty(contract, label.toString(), kind, pickedRate, reason, evidence, evidenceFile,
                enteredBy));
    }

    /** An approver's force-majeure exemption on a fault, vulnerability, deduction item or money penalty. */
    public OmExemption grantExemption(String recordId, String reason, String approvedBy) {
        RecordKind.Located located = RecordKind.locate(recordId)
                .filter(l -> l.kind().exemptible())
                .orElseThrow(() -> new InvalidFieldException("record", "an exemption is on a fault, vulnerability,"
                        + " deduction or penalty (fault-12), was " + recordId));
        OmRecord target = tenantEm.get().find(located.kind().type(), located.id());
        if (target == null) {
            throw new InvalidFieldException("record", "no record " + recordId + " in this tenant");
        }
        boolean exempted = tenantEm.get().createQuery("SELECT e.id FROM OmExemption e WHERE e.exemptedRecord = :record",
                        Long.class)
                .setParameter("record", recordId).getResultStream().findAny().isPresent();
        if (exempted) {
            throw new ConflictException("record", "record " + recordId + " is already exempted");
        }
        closedMonths.requireOpenMonthOf(target, "record");
        return store(new OmExemption(recordId, reason, approvedBy));
    }

    /** The parameters of the published Luohe scheme in force on the contract month's first day. */
    private OmSchemeParameters parameters(ServiceContract contract, YearMonth month) {
        int day = Math.min(contract.serviceStart().getDayOfMonth(), month.lengthOfMonth());
        return schemes.inForce(codec, month.atDay(day)).parameters();
    }

    /** A month label ({@code 2026-07}) of the contract: one of the months its service period starts. */
    private static YearMonth month(ServiceContract contract, String label) {
        YearMonth month;
        try {
            month = YearMonth.parse(label == null ? "" : label.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("month", "name the month as 2026-07, was " + label);
        }
        YearMonth first = YearMonth.from(contract.serviceStart());
        YearMonth last = YearMonth.from(contract.serviceEnd().plusDays(1).minusMonths(1));
        if (month.isBefore(first) || month.isAfter(last)) {
            throw new InvalidFieldException("month", "contract " + contract.id() + " runs " + first + "…" + last
                    + " (contract months), not " + month);
        }
        return month;
    }

    private <T extends OmRecord> T store(T record) {
        record.refuseFutureTimes(clock.instant());
        EntityManager em = tenantEm.get();
        em.persist(record);
        em.flush();
        return record;
    }

    private <T extends OmRecord> T find(Class<T> type, RecordKind kind, String recordId) {
        return find(type, kind, recordId, "id", RecordNotFoundException::new);
    }

    private <T extends OmRecord> T find(Class<T> type, RecordKind kind, String recordId, String field,
                                           BiFunction<String, String, ? extends RuntimeException> missing) {
        T record = RecordKind.locate(recordId)
                .filter(l -> l.kind() == kind)
                .map(l -> tenantEm.get().find(type, l.id()))
                .orElse(null);
        if (record == null) {
            throw missing.apply(field, "no " + kind.name().toLowerCase().replace('_', ' ') + " " + recordId + " in this tenant");
        }
        return record;
    }

    private OmWork scan(String scanId) {
        OmWork work = work(scanId);
        if (work.workKind() != WorkKind.SCAN) {
            throw new RecordNotFoundException("id", "work record " + scanId + " is a " + work.workKind() + ", not a scan");
        }
        return work;
    }

    private ServiceContract contract(long contractId) {
        ServiceContract contract = tenantEm.get().find(ServiceContract.class, contractId);
        if (contract == null) {
            throw new InvalidFieldException("contractId", "no service contract " + contractId + " in this tenant");
        }
        return contract;
    }

    private UsingUnit unit(long unitId) {
        UsingUnit unit = tenantEm.get().find(UsingUnit.class, unitId);
        if (unit == null) {
            throw new InvalidFieldException("unitId", "no using unit " + unitId + " in this tenant");
        }
        return unit;
    }

    /** A unit that has items in the contract: records of a unit the contract does not serve would be read by no rule. */
    private UsingUnit unitOf(ServiceContract contract, long unitId) {
        UsingUnit unit = unit(unitId);
        boolean served = tenantEm.get().createQuery("SELECT i.id FROM OmItem i WHERE i.contract = :contract AND i.unit = :unit",
                        Long.class)
                .setParameter("contract", contract).setParameter("unit", unit)
                .setMaxResults(1).getResultStream().findAny().isPresent();
        if (!served) {
            throw new InvalidFieldException("unitId", unit.name() + " has no O&M items in contract " + contract.id());
        }
        return unit;
    }

    /** An item of the contract and, when {@code unit} is given, of that unit. */
    private OmItem item(ServiceContract contract, long itemId, UsingUnit unit) {
        OmItem item = tenantEm.get().find(OmItem.class, itemId);
        if (item == null || !item.contract().id().equals(contract.id())) {
            throw new InvalidFieldException("itemId", "no O&M item " + itemId + " in contract " + contract.id());
        }
        if (unit != null && !item.unit().id().equals(unit.id())) {
            throw new InvalidFieldException("itemId", "item " + item.sequenceNo() + " (" + item.name() + ") is "
                    + item.unit().name() + "'s, not " + unit.name() + "'s");
        }
        return item;
    }
}
