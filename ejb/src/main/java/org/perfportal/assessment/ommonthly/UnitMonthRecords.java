package org.perfportal.assessment.ommonthly;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one using unit (使用单位) contributes to one assessment month: its systems, the
 * categories of its O&M items, and the month's records. Faults and vulnerabilities may start
 * before the month: a miss counts in the month its deadline passes, so the caller passes every
 * one still relevant and the rule picks the month.
 *
 * @param unitId           the using unit
 * @param systemIds        its systems (backups and scans are averaged over them)
 * @param itemCategories   categories of its O&M items
 * @param faults           faults to consider
 * @param vulnerabilities  vulnerabilities to consider
 * @param work             routine work records (only those inside the month count)
 * @param documents        its archive catalogue for the month
 * @param satisfactionForm the month's form, empty if not submitted by month end
 */
public record UnitMonthRecords(String unitId, List<String> systemIds, Set<ItemCategory> itemCategories,
                               List<Fault> faults, List<Vulnerability> vulnerabilities, List<WorkRecord> work,
                               DocumentCatalogue documents, Optional<SatisfactionForm> satisfactionForm) {

    public UnitMonthRecords {
        systemIds = List.copyOf(systemIds);
        itemCategories = Set.copyOf(itemCategories);
        faults = List.copyOf(faults);
        vulnerabilities = List.copyOf(vulnerabilities);
        work = List.copyOf(work);
    }

    /** Whether the unit has hardware-and-system items, the only ones routine work applies to. */
    public boolean hasHardwareAndSystemItems() {
        return itemCategories.contains(ItemCategory.HARDWARE_AND_SYSTEM);
    }
}
