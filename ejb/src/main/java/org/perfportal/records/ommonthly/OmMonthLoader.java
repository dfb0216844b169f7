package org.perfportal.records.ommonthly;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.perfportal.assessment.ommonthly.AssessmentMonth;
import org.perfportal.assessment.ommonthly.DocumentCatalogue;
import org.perfportal.assessment.ommonthly.Exemptions;
import org.perfportal.assessment.ommonthly.Fault;
import org.perfportal.assessment.ommonthly.ItemCategory;
import org.perfportal.assessment.ommonthly.OmMonthRecords;
import org.perfportal.assessment.ommonthly.SatisfactionForm;
import org.perfportal.assessment.ommonthly.UnitMonthRecords;
import org.perfportal.assessment.ommonthly.Vulnerability;
import org.perfportal.assessment.ommonthly.WorkRecord;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.OmItemCategory;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.RecordNotFoundException;

/**
 * Reads one contract month of the record book into the pure input of the monthly assessment
 * ({@link OmMonthRecords}). Kept apart from the {@code @Stateless} book so that a persistence
 * test can run it on a plain {@link EntityManager}; the tenant is whatever that manager is bound to.
 *
 * <p>What is read, and why:
 * <ul>
 *   <li>every using unit with items in the contract, in 附件1 order; its systems are its
 *       hardware-and-system items (硬件及系统运维), the only ones routine work is counted on;</li>
 *   <li>faults and vulnerabilities reported before the month's end that could still miss a
 *       deadline inside it — all but those whose response and restore (fix) both came before the
 *       month began, since a missed deadline always precedes the late event; the rule then books
 *       each miss in the month its deadline passes, so no limit is needed here;</li>
 *   <li>routine work done inside the month;</li>
 *   <li>the archive catalogue of the unit's systems against the documents archived for the month;</li>
 *   <li>the unit's satisfaction form for the month, whenever it was submitted: the form rates a
 *       month that must be over first, so it comes after the month's end, and the book accepts it
 *       until the month's assessment is final; a unit without a form then counts as satisfied
 *       (逾期未报送，视为满意) by the rule;</li>
 *   <li>the same for the previous month, for the consecutive-neglect detection, except before the
 *       contract's first month (nothing was serviced then);</li>
 *   <li>the month's deduction items and money penalties, and every approved exemption.</li>
 * </ul>
 */
final class OmMonthLoader {

    private final EntityManager em;

    OmMonthLoader(EntityManager em) {
        this.em = em;
    }

    OmMonthRecords load(long contractId, AssessmentMonth month) {
        ServiceContract contract = em.find(ServiceContract.class, contractId);
        if (contract == null) {
            throw new RecordNotFoundException("contractId", "no service contract " + contractId + " in this tenant");
        }
        List<OmItem> items = em.createQuery("SELECT i FROM OmItem i WHERE i.contract = :contract ORDER BY i.sequenceNo, i.id",
                        OmItem.class)
                .setParameter("contract", contract)
                .getResultList();
        if (items.isEmpty()) {
            throw new ConflictException("contractId", "contract " + contractId + " has no O&M items: nothing to assess");
        }
        Map<UsingUnit, List<OmItem>> itemsByUnit = items.stream()
                .collect(Collectors.groupingBy(OmItem::unit, LinkedHashMap::new, Collectors.toList()));

        List<UnitMonthRecords> units = units(contract, itemsByUnit, month);
        Instant firstMonthStart = contract.serviceStart().atStartOfDay(month.zone()).toInstant();
        List<UnitMonthRecords> previous = month.previous().start().isBefore(firstMonthStart)
                ? List.of() : units(contract, itemsByUnit, month.previous());
        String label = month.label().toString();
        return new OmMonthRecords(month, contract.total(), units, previous,
                monthly(OmDeduction.class, contract, label).stream().map(OmDeduction::toDeductionItem).toList(),
                monthly(OmMoneyPenalty.class, contract, label).stream().map(OmMoneyPenalty::toMoneyPenalty).toList(),
                exemptions());
    }

    private List<UnitMonthRecords> units(ServiceContract contract, Map<UsingUnit, List<OmItem>> itemsByUnit,
                                         AssessmentMonth month) {
        OffsetDateTime start = utc(month.start());
        OffsetDateTime end = utc(month.end());
        String label = month.label().toString();

        Map<Long, List<Fault>> faults = byUnit(em.createQuery("SELECT f FROM OmFault f WHERE f.contract = :contract"
                        + " AND f.reported < :end AND (f.responded IS NULL OR f.restored IS NULL"
                        + " OR f.responded >= :start OR f.restored >= :start) ORDER BY f.reported, f.id", OmFault.class)
                .setParameter("contract", contract).setParameter("start", start).setParameter("end", end)
                .getResultList(), f -> f.item().unit(), OmFault::toFault);
        Map<Long, List<Vulnerability>> vulnerabilities = byUnit(em.createQuery("SELECT v FROM OmVulnerability v"
                        + " WHERE v.contract = :contract AND v.found < :end AND (v.responded IS NULL OR v.fixed IS NULL"
                        + " OR v.responded >= :start OR v.fixed >= :start) ORDER BY v.found, v.id", OmVulnerability.class)
                .setParameter("contract", contract).setParameter("start", start).setParameter("end", end)
                .getResultList(), v -> v.item().unit(), OmVulnerability::toVulnerability);
        Map<Long, List<WorkRecord>> work = byUnit(em.createQuery("SELECT w FROM OmWork w WHERE w.contract = :contract"
                        + " AND w.doneAt >= :start AND w.doneAt < :end ORDER BY w.doneAt, w.id", OmWork.class)
                .setParameter("contract", contract).setParameter("start", start).setParameter("end", end)
                .getResultList(), OmWork::unit, OmWork::toWorkRecord);
        Map<Long, List<OmCatalogueEntry>> catalogue = byUnit(em.createQuery("SELECT e FROM OmCatalogueEntry e"
                        + " WHERE e.contract = :contract", OmCatalogueEntry.class)
                .setParameter("contract", contract).getResultList(), e -> e.item().unit(), Function.identity());
        Set<String> archived = em.createQuery("SELECT d.entry FROM OmArchiveDocument d"
                        + " WHERE d.entry.contract = :contract AND d.month = :month", OmCatalogueEntry.class)
                .setParameter("contract", contract).setParameter("month", label)
                .getResultStream().map(OmRecord::recordId).collect(Collectors.toSet());
        Map<Long, SatisfactionForm> forms = em.createQuery("SELECT f FROM OmSatisfactionForm f"
                        + " WHERE f.contract = :contract AND f.month = :month", OmSatisfactionForm.class)
                .setParameter("contract", contract).setParameter("month", label)
                .getResultStream()
                .collect(Collectors.toMap(f -> f.unit().id(), OmSatisfactionForm::toSatisfactionForm));

        List<UnitMonthRecords> units = new ArrayList<>();
        itemsByUnit.forEach((unit, unitItems) -> {
            List<OmCatalogueEntry> entries = catalogue.getOrDefault(unit.id(), List.of());
            int present = (int) entries.stream().filter(e -> archived.contains(e.recordId())).count();
            units.add(new UnitMonthRecords(OmRecord.unitId(unit),
                    unitItems.stream().filter(i -> i.category() == OmItemCategory.HARDWARE_AND_SYSTEM)
                            .map(OmRecord::systemId).toList(),
                    categories(unitItems),
                    faults.getOrDefault(unit.id(), List.of()),
                    vulnerabilities.getOrDefault(unit.id(), List.of()),
                    work.getOrDefault(unit.id(), List.of()),
                    new DocumentCatalogue(present, entries.size()),
                    Optional.ofNullable(forms.get(unit.id()))));
        });
        return units;
    }

    private <T extends OmRecord> List<T> monthly(Class<T> type, ServiceContract contract, String label) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.contract = :contract"
                        + " AND r.month = :month ORDER BY r.id", type)
                .setParameter("contract", contract).setParameter("month", label)
                .getResultList();
    }

    private Exemptions exemptions() {
        return new Exemptions(em.createQuery("SELECT e FROM OmExemption e", OmExemption.class)
                .getResultStream()
                .collect(Collectors.toMap(OmExemption::exemptedRecord, OmExemption::approvedReason)));
    }

    private static Set<ItemCategory> categories(List<OmItem> items) {
        Set<ItemCategory> categories = EnumSet.noneOf(ItemCategory.class);
        items.forEach(i -> categories.add(ItemCategory.valueOf(i.category().name())));
        return categories;
    }

    private static <R, V> Map<Long, List<V>> byUnit(List<R> rows, Function<R, UsingUnit> unit, Function<R, V> convert) {
        return rows.stream().collect(Collectors.groupingBy(r -> unit.apply(r).id(),
                Collectors.mapping(convert, Collectors.toList())));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
