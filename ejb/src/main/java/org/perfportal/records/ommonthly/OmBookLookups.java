package org.perfportal.records.ommonthly;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.BiFunction;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;

/**
 * How {@link OmRecordBook} finds what an entry names, refusing it naming the field: a contract, a
 * using unit the contract serves, an item of the contract (and of that unit), a month of the
 * contract, a record by its id ({@code fault-12}). On the manager of the current tenant, so
 * nothing of another tenant is ever found.
 */
final class OmBookLookups {

    private final EntityManager em;

    OmBookLookups(EntityManager em) {
        this.em = em;
    }

    /** A month label ({@code 2026-07}) of the contract: one of the months its service period starts. */
    static YearMonth month(ServiceContract contract, String label) {
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

    <T extends OmRecord> T find(Class<T> type, RecordKind kind, String recordId) {
        return find(type, kind, recordId, "id", RecordNotFoundException::new);
    }

    <T extends OmRecord> T find(Class<T> type, RecordKind kind, String recordId, String field,
                                           BiFunction<String, String, ? extends RuntimeException> missing) {
        T record = RecordKind.locate(recordId)
                .filter(l -> l.kind() == kind)
                .map(l -> em.find(type, l.id()))
                .orElse(null);
        if (record == null) {
            throw missing.apply(field, "no " + kind.name().toLowerCase().replace('_', ' ') + " " + recordId + " in this tenant");
        }
        return record;
    }

    ServiceContract contract(long contractId) {
        ServiceContract contract = em.find(ServiceContract.class, contractId);
        if (contract == null) {
            throw new InvalidFieldException("contractId", "no service contract " + contractId + " in this tenant");
        }
        return contract;
    }

    UsingUnit unit(long unitId) {
        UsingUnit unit = em.find(UsingUnit.class, unitId);
        if (unit == null) {
            throw new InvalidFieldException("unitId", "no using unit " + unitId + " in this tenant");
        }
        return unit;
    }

    /** A unit that has items in the contract: records of a unit the contract does not serve would be read by no rule. */
    UsingUnit unitOf(ServiceContract contract, long unitId) {
        UsingUnit unit = unit(unitId);
        boolean served = em.createQuery("SELECT i.id FROM OmItem i WHERE i.contract = :contract AND i.unit = :unit",
                        Long.class)
                .setParameter("contract", contract).setParameter("unit", unit)
                .setMaxResults(1).getResultStream().findAny().isPresent();
        if (!served) {
            throw new InvalidFieldException("unitId", unit.name() + " has no O&M items in contract " + contract.id());
        }
        return unit;
    }

    /** An item of the contract and, when {@code unit} is given, of that unit. */
    OmItem item(ServiceContract contract, long itemId, UsingUnit unit) {
        OmItem item = em.find(OmItem.class, itemId);
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
