package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark, not a test (README, Benchmarks): the pure computation of one Luohe contract month for
 * 10 using units, 65 O&amp;M items (43 hardware-and-system systems, the rest line leases) and 5,000
 * records (3,900 routine work records, 700 faults, 400 vulnerabilities, half in the month and half
 * in the previous month, which the consecutive-neglect detection reads), including the flattening
 * into the stored lines. Prints the median and 90th percentile of warm runs and the first run.
 * Run with {@code mvn -o -q -pl ejb test-compile exec:exec@luohe-benchmark}.
 */
public final class OmMonthBenchmark {

    private static final int UNITS = 10;
    private static final int ITEMS = 65;
    private static final int HARDWARE_ITEMS = 43;
    private static final int WORK = 3_900;
    private static final int FAULTS = 700;
    private static final int VULNERABILITIES = 400;
    private static final int WARM_RUNS = 200;

    private OmMonthBenchmark() {
    }

    public static void main(String[] args) {
        OmSchemeParameters parameters = OmSchemeParameters.template2025();
        AssessmentMonth month = parameters.assessmentMonth(YearMonth.of(2026, 10));
        OmMonthRecords records = records(month, new Random(20261010));
        OmMonthAssessment assessment = new OmMonthAssessment(parameters);

        long first = System.nanoTime();
        OmMonthResult result = assessment.assess(records);
        int lines = OmMonthLines.of(result).size();
        first = System.nanoTime() - first;

        long[] runs = new long[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            long start = System.nanoTime();
            OmMonthLines.of(assessment.assess(records));
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        System.out.printf("Luohe month: %d units, %d items, %d records -> score %s (%s), %s yuan deducted, %d traced lines%n",
                UNITS, ITEMS, WORK + FAULTS + VULNERABILITIES, result.publishedScore(), result.band().grade(),
                result.moneyDeducted(), lines);
        System.out.printf("first run %.1f ms; warm median %.2f ms, p90 %.2f ms over %d runs%n",
                first / 1e6, runs[WARM_RUNS / 2] / 1e6, runs[WARM_RUNS * 9 / 10] / 1e6, WARM_RUNS);
    }

    /** Items spread over the units round robin; records at random instants of this month and the previous one. */
    private static OmMonthRecords records(AssessmentMonth month, Random random) {
        List<List<String>> systems = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            systems.add(new ArrayList<>());
        }
        for (int i = 0; i < HARDWARE_ITEMS; i++) {
            systems.get(i % UNITS).add("item-" + (i + 1));
        }
        List<UnitMonthRecords> current = new ArrayList<>();
        List<UnitMonthRecords> previous = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            current.add(unit(u, systems.get(u), month, random));
            previous.add(unit(u, systems.get(u), month.previous(), random));
        }
        return new OmMonthRecords(month, new BigDecimal("11625000.00"), current, previous, List.of(), List.of(),
                Exemptions.none());
    }

    private static UnitMonthRecords unit(int u, List<String> systems, AssessmentMonth month, Random random) {
        String unitId = String.valueOf(u + 1);
        List<WorkRecord> work = new ArrayList<>();
        for (int i = 0; i < WORK / UNITS / 2; i++) {
            WorkKind kind = WorkKind.values()[random.nextInt(WorkKind.values().length)];
            String system = kind == WorkKind.VISIT || kind == WorkKind.INSPECTION ? null : systems.get(random.nextInt(systems.size()));
            work.add(new WorkRecord(unitId + "-w" + i, kind, system, at(month, random)));
        }
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < FAULTS / UNITS / 2; i++) {
            Instant reported = at(month, random);
            faults.add(new Fault(unitId + "-f" + i, systems.get(random.nextInt(systems.size())),
                    FaultLevel.values()[random.nextInt(FaultLevel.values().length)], reported,
                    reported.plus(Duration.ofMinutes(random.nextInt(40))), reported.plus(Duration.ofHours(random.nextInt(30)))));
        }
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        for (int i = 0; i < VULNERABILITIES / UNITS / 2; i++) {
            Instant found = at(month, random);
            vulnerabilities.add(new Vulnerability(unitId + "-v" + i, systems.get(random.nextInt(systems.size())),
                    VulnerabilitySeverity.values()[random.nextInt(VulnerabilitySeverity.values().length)], found,
                    found.plus(Duration.ofHours(random.nextInt(48))), found.plus(Duration.ofDays(random.nextInt(20)))));
        }
        return new UnitMonthRecords(unitId, systems, Set.of(ItemCategory.HARDWARE_AND_SYSTEM,
                ItemCategory.LINE_LEASE_OR_PURCHASED_SERVICE), faults, vulnerabilities, work,
                new DocumentCatalogue(random.nextInt(11), 10), Optional.empty());
    }

    private static Instant at(AssessmentMonth month, Random random) {
        long span = Duration.between(month.start(), month.end()).getSeconds();
        return month.start().plusSeconds((long) (random.nextDouble() * span));
    }
}
