package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Shared test data: the 2025 parameters, the June 2026 contract month, and a unit builder. */
final class OmFixtures {

    static final OmSchemeParameters PARAMS = OmSchemeParameters.template2025();
    /** 2026-06-10T00:00 … 2026-07-10T00:00 Asia/Shanghai. */
    static final AssessmentMonth JUNE = PARAMS.assessmentMonth(YearMonth.of(2026, 6));

    private OmFixtures() {
    }

    /** An instant given in Shanghai local time, e.g. "2026-06-15T09:00". */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARAMS.zone()).toInstant();
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static UnitBuilder hardwareUnit(String unitId, String... systems) {
        return new UnitBuilder(unitId, List.of(systems), Set.of(ItemCategory.HARDWARE_AND_SYSTEM));
    }

    static UnitBuilder lineLeaseUnit(String unitId) {
        return new UnitBuilder(unitId, List.of(), Set.of(ItemCategory.LINE_LEASE_OR_PURCHASED_SERVICE));
    }

    /** Builds {@link UnitMonthRecords}; defaults: no records, complete documents, no form. */
    static final class UnitBuilder {
        private final String unitId;
        private final List<String> systems;
        private final Set<ItemCategory> categories;
        private final List<Fault> faults = new ArrayList<>();
        private final List<Vulnerability> vulnerabilities = new ArrayList<>();
        private final List<WorkRecord> work = new ArrayList<>();
        private DocumentCatalogue documents = new DocumentCatalogue(10, 10);
        private SatisfactionForm form;
        private int nextId = 1;

        private UnitBuilder(String unitId, List<String> systems, Set<ItemCategory> categories) {
            this.unitId = unitId;
            this.systems = systems;
            this.categories = categories;
        }

        /** {@code count} records of {@code kind} on {@code system} (null = unit-wide) at {@code when}. */
        UnitBuilder work(WorkKind kind, String system, int count, String when) {
            for (int i = 0; i < count; i++) {
                work.add(new WorkRecord(unitId + "-W" + nextId++, kind, system, at(when)));
            }
            return this;
        }

        /** Every routine point of the month: 1 visit, 4 inspections, 4 backups and 1 scan per system. */
        UnitBuilder fullRoutine(String when) {
            work(WorkKind.VISIT, null, 1, when);
            work(WorkKind.INSPECTION, null, 4, when);
            systems.forEach(system -> work(WorkKind.BACKUP, system, 4, when).work(WorkKind.SCAN, system, 1, when));
            return this;
        }

        UnitBuilder fault(Fault fault) {
            faults.add(fault);
            return this;
        }

        UnitBuilder vulnerability(Vulnerability vulnerability) {
            vulnerabilities.add(vulnerability);
            return this;
        }

        UnitBuilder documents(int present, int required) {
            documents = new DocumentCatalogue(present, required);
            return this;
        }

        UnitBuilder form(SatisfactionLevel... ratings) {
            form = new SatisfactionForm(unitId + "-FORM", List.of(ratings), false);
            return this;
        }

        UnitMonthRecords build() {
            return new UnitMonthRecords(unitId, systems, categories, faults, vulnerabilities, work, documents,
                    Optional.ofNullable(form));
        }
    }
}
