package org.perfportal.records.luohe;

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
import org.perfportal.assessment.luohe.AssessmentMonth;
import org.perfportal.assessment.luohe.DocumentCatalogue;
import org.perfportal.assessment.luohe.Exemptions;
import org.perfportal.assessment.luohe.Fault;
import org.perfportal.assessment.luohe.ItemCategory;
import org.perfportal.assessment.luohe.LuoheMonthRecords;
import org.perfportal.assessment.luohe.SatisfactionForm;
import org.perfportal.assessment.luohe.UnitMonthRecords;
import org.perfportal.assessment.luohe.Vulnerability;
import org.perfportal.assessment.luohe.WorkRecord;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.OmItemCategory;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.RecordNotFoundException;

/**
 * Reads one contract month of the record book into the pure input of the monthly assessment
 * ({@link LuoheMonthRecords}). Kept apart from the {@code @Stateless} book so that a persistence
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
 *   <li>the unit's satisfaction form for the month if submitted before the month's end
 *       (逾期未报送，视为满意: a later one is left out and the unit counts as satisfied);</li>
 *   <li>the same for the previous month, for the consecutive-neglect detection, except before the
 *       contract's first month (nothing was serviced then);</li>
 *   <li>the month's deduction items and money penalties, and every approved exemption.</li>
 * </ul>
 */
final class LuoheMonthLoader {

    private final EntityManager em;

    LuoheMonthLoader(EntityManager em) {
        this.em = em;
    }

    LuoheMonthRecords load(long contractId, AssessmentMonth month) {
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
        return new LuoheMonthRecords(month, contract.total(), units, previous,
                monthly(LuoheDeduction.class, contract, label).stream().map(LuoheDeduction::toDeductionItem).toList(),
                monthly(LuoheMoneyPenalty.class, contract, label).stream().map(LuoheMoneyPenalty::toMoneyPenalty).toList(),
                exemptions());
    }

    private List<UnitMonthRecords> units(ServiceContract contract, Map<UsingUnit, List<OmItem>> itemsByUnit,
                                         AssessmentMonth month) {
        OffsetDateTime start = utc(month.start());
        OffsetDateTime end = utc(month.end());
        String label = month.label().toString();

        Map<Long, List<Fault>> faults = byUnit(em.createQuery("SELECT f FROM LuoheFault f WHERE f.contract = :contract"
                        + " AND f.reported < :end AND (f.responded IS NULL OR f.restored IS NULL"
                        + " OR f.responded >= :start OR f.restored >= :start) ORDER BY f.reported, f.id", LuoheFault.class)
                .setParameter("contract", contract).setParameter("start", start).setParameter("end", end)
                .getResultList(), f -> f.item().unit(), LuoheFault::toFault);
        Map<Long, List<Vulnerability>> vulnerabilities = byUnit(em.createQuery("SELECT v FROM LuoheVulnerability v"
                        + " WHERE v.contract = :contract AND v.found < :end AND (v.responded IS NULL OR v.fixed IS NULL"
                        + " OR v.responded >= :start OR v.fixed >= :start) ORDER BY v.found, v.id", LuoheVulnerability.class)
                .setParameter("contract", contract).setParameter("start", start).setParameter("end", end)
                .getResultList(), v -> v.item().unit(), LuoheVulnerability::toVulnerability);
        Map<Long, List<WorkRecord>> work = byUnit(em.createQuery("SELECT w FROM LuoheWork w WHERE w.contract = :contract"
                        + " AND w.doneAt >= :start AND w.doneAt < :end ORDER BY w.doneAt, w.id", LuoheWork.class)
                .setParameter("contract", contract).setParameter("start", start).setParameter("end", end)
                .getResultList(), LuoheWork::unit, LuoheWork::toWorkRecord);
        Map<Long, List<LuoheCatalogueEntry>> catalogue = byUnit(em.createQuery("SELECT e FROM LuoheCatalogueEntry e"
                        + " WHERE e.contract = :contract", LuoheCatalogueEntry.class)
                .setParameter("contract", contract).getResultList(), e -> e.item().unit(), Function.identity());
        Set<Long> archived = em.createQuery("SELECT d.entry.id FROM LuoheArchiveDocument d"
                        + " WHERE d.entry.contract = :contract AND d.month = :month", Long.class)
                .setParameter("contract", contract).setParameter("month", label)
                .getResultStream().collect(Collectors.toSet());
        Map<Long, SatisfactionForm> forms = em.createQuery("SELECT f FROM LuoheSatisfactionForm f"
                        + " WHERE f.contract = :contract AND f.month = :month AND f.submittedAt < :end",
                        LuoheSatisfactionForm.class)
                .setParameter("contract", contract).setParameter("month", label).setParameter("end", end)
                .getResultStream()
                .collect(Collectors.toMap(f -> f.unit().id(), LuoheSatisfactionForm::toSatisfactionForm));

        List<UnitMonthRecords> units = new ArrayList<>();
        itemsByUnit.forEach((unit, unitItems) -> {
            List<LuoheCatalogueEntry> entries = catalogue.getOrDefault(unit.id(), List.of());
            int present = (int) entries.stream().filter(e -> archived.contains(e.databaseId())).count();
            units.add(new UnitMonthRecords(LuoheRecord.unitId(unit),
                    unitItems.stream().filter(i -> i.category() == OmItemCategory.HARDWARE_AND_SYSTEM)
                            .map(LuoheRecord::systemId).toList(),
                    categories(unitItems),
                    faults.getOrDefault(unit.id(), List.of()),
                    vulnerabilities.getOrDefault(unit.id(), List.of()),
                    work.getOrDefault(unit.id(), List.of()),
                    new DocumentCatalogue(present, entries.size()),
                    Optional.ofNullable(forms.get(unit.id()))));
        });
        return units;
    }

    private <T extends LuoheRecord> List<T> monthly(Class<T> type, ServiceContract contract, String label) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.contract = :contract"
                        + " AND r.month = :month ORDER BY r.id", type)
                .setParameter("contract", contract).setParameter("month", label)
                .getResultList();
    }

    private Exemptions exemptions() {
        return new Exemptions(em.createQuery("SELECT e FROM LuoheExemption e", LuoheExemption.class)
                .getResultStream()
                .collect(Collectors.toMap(LuoheExemption::exemptedRecord, LuoheExemption::approvedReason)));
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
