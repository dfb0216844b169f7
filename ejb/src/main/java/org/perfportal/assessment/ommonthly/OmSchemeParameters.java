package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.perfportal.payment.PaymentTerms;

/**
 * The numbers of the Luohe assessment scheme (考核办法参数): every weight, limit, deduction,
 * band and amount of 附件3/4.2, plus the DOMAIN <b>Default</b> readings (satisfaction level
 * mapping, monthly cap, monthly fee = total ÷ 12, contract month from the 10th). The rule
 * classes read only this record, so a new scheme version is a new instance, never a code
 * change, and a stored result can name the parameters that produced it.
 *
 * @param satisfactionPoints    weight of satisfaction (使用单位满意度评价), 30
 * @param routinePoints         weight of routine work (日常工作), 30
 * @param anomalyPoints         weight of anomaly handling (异常处置), 30
 * @param documentsPoints       weight of documents (运维资料), 10
 * @param satisfactionItemCount items on the satisfaction form, 5
 * @param satisfactionItemPoints points per item, 6
 * @param satisfactionFactors   share of an item's points each rating earns
 * @param routine               points of routine work
 * @param faultLimits           limits and deduction per fault level
 * @param vulnerabilityLimits   limits and deduction per vulnerability severity
 * @param deductionRanges       allowed points per deduction item kind
 * @param gradeBands            grade bands, any order
 * @param penaltyTariffs        amount or rate per money penalty kind
 * @param monthlyCapToFee       whether a month's total deduction is capped at the month's fee
 * @param paymentTerms          installments, monthly fee and late-payment penalty
 * @param monthStartDay         day on which an assessment month starts, 10
 * @param zone                  the tenant's time zone
 * @param scoreScale            decimals of published scores, 2
 */
public record OmSchemeParameters(
        BigDecimal satisfactionPoints, BigDecimal routinePoints, BigDecimal anomalyPoints, BigDecimal documentsPoints,
        int satisfactionItemCount, BigDecimal satisfactionItemPoints, Map<SatisfactionLevel, BigDecimal> satisfactionFactors,
        RoutineWorkPoints routine,
        Map<FaultLevel, FaultLimit> faultLimits,
        Map<VulnerabilitySeverity, VulnerabilityLimit> vulnerabilityLimits,
        Map<DeductionKind, PointRange> deductionRanges,
        List<GradeBand> gradeBands,
        Map<PenaltyKind, PenaltyTariff> penaltyTariffs,
        boolean monthlyCapToFee,
        PaymentTerms paymentTerms,
        int monthStartDay, ZoneId zone, int scoreScale) {

    public OmSchemeParameters {
        satisfactionFactors = Map.copyOf(satisfactionFactors);
        faultLimits = Map.copyOf(faultLimits);
        vulnerabilityLimits = Map.copyOf(vulnerabilityLimits);
        deductionRanges = Map.copyOf(deductionRanges);
        penaltyTariffs = Map.copyOf(penaltyTariffs);
        gradeBands = gradeBands.stream().sorted(Comparator.comparing(GradeBand::minScore).reversed()).toList();
        requireComplete(satisfactionFactors, SatisfactionLevel.class);
        requireComplete(faultLimits, FaultLevel.class);
        requireComplete(vulnerabilityLimits, VulnerabilitySeverity.class);
        requireComplete(deductionRanges, DeductionKind.class);
        requireComplete(penaltyTariffs, PenaltyKind.class);
        if (satisfactionItemPoints.multiply(BigDecimal.valueOf(satisfactionItemCount)).compareTo(satisfactionPoints) != 0) {
            throw new IllegalArgumentException("satisfaction items must add up to the satisfaction weight");
        }
        BigDecimal routineSum = routine.visit().add(routine.inspectionMax()).add(routine.backupMax()).add(routine.scan());
        if (routineSum.compareTo(routinePoints) != 0) {
            throw new IllegalArgumentException("routine work points must add up to the routine weight");
        }
        if (gradeBands.isEmpty() || gradeBands.get(gradeBands.size() - 1).minScore().signum() > 0) {
            throw new IllegalArgumentException("the lowest grade band must start at 0");
        }
    }

    /** The parameters of the 2026 Luohe contract (B 包), read from 附件3/4.2 and DOMAIN §2. */
    public static OmSchemeParameters template2025() {
        Map<SatisfactionLevel, BigDecimal> factors = new EnumMap<>(SatisfactionLevel.class);
        factors.put(SatisfactionLevel.SATISFIED, new BigDecimal("1.0"));
        factors.put(SatisfactionLevel.BASICALLY_SATISFIED, new BigDecimal("0.8"));
        factors.put(SatisfactionLevel.AVERAGE, new BigDecimal("0.6"));
        factors.put(SatisfactionLevel.DISSATISFIED, BigDecimal.ZERO);

        Map<FaultLevel, FaultLimit> faults = new EnumMap<>(FaultLevel.class);
        faults.put(FaultLevel.L1, new FaultLimit(Duration.ofMinutes(10), Duration.ofHours(2), points(10)));
        faults.put(FaultLevel.L2, new FaultLimit(Duration.ofMinutes(10), Duration.ofHours(4), points(10)));
        faults.put(FaultLevel.L3, new FaultLimit(Duration.ofMinutes(20), Duration.ofHours(24), points(5)));
        faults.put(FaultLevel.L4, new FaultLimit(Duration.ofMinutes(30), Duration.ofHours(24), points(5)));

        Map<VulnerabilitySeverity, VulnerabilityLimit> vulnerabilities = new EnumMap<>(VulnerabilitySeverity.class);
        vulnerabilities.put(VulnerabilitySeverity.CRITICAL, new VulnerabilityLimit(Duration.ofHours(24), true, points(10)));
        vulnerabilities.put(VulnerabilitySeverity.HIGH, new VulnerabilityLimit(Duration.ofDays(7), false, points(5)));
        vulnerabilities.put(VulnerabilitySeverity.MEDIUM_LOW, new VulnerabilityLimit(Duration.ofDays(15), false, points(1)));

        Map<DeductionKind, PointRange> ranges = new EnumMap<>(DeductionKind.class);
        ranges.put(DeductionKind.ALERT_NOT_TRIAGED, PointRange.of(1, 10));
        ranges.put(DeductionKind.RESPONSIBLE_COMPLAINT, PointRange.of(1, 10));
        ranges.put(DeductionKind.CRITICISM_CITY, PointRange.of(5, 5));
        ranges.put(DeductionKind.CRITICISM_PROVINCE_OR_ABOVE, PointRange.of(10, 10));
        ranges.put(DeductionKind.NON_COOPERATION, PointRange.of(5, 10));
        ranges.put(DeductionKind.CHANGE_NOT_REPORTED, PointRange.of(5, 5));
        ranges.put(DeductionKind.CONSECUTIVE_NEGLECT, PointRange.of(5, 5));

        Map<PenaltyKind, PenaltyTariff> tariffs = new EnumMap<>(PenaltyKind.class);
        tariffs.put(PenaltyKind.SABOTAGE, PenaltyTariff.rate("1.00", "1.00"));
        tariffs.put(PenaltyKind.VIOLATION, PenaltyTariff.rate("0.10", "0.30"));
        tariffs.put(PenaltyKind.RECURRING_FAULT, PenaltyTariff.amount("20000.00"));
        tariffs.put(PenaltyKind.POOR_RISK_HANDLING, PenaltyTariff.amount("10000.00"));
        tariffs.put(PenaltyKind.FALSIFIED_DOCUMENTS, PenaltyTariff.amount("10000.00"));
        tariffs.put(PenaltyKind.LATE_TAKEOVER, PenaltyTariff.amount("10000.00"));
        tariffs.put(PenaltyKind.CREDENTIAL_LEAK, PenaltyTariff.amount("10000.00"));
        tariffs.put(PenaltyKind.SUPERIOR_INDICATOR_MISSED, PenaltyTariff.amount("20000.00"));
        tariffs.put(PenaltyKind.ONSITE_STAFF_ABSENT, PenaltyTariff.amount("20000.00"));
        tariffs.put(PenaltyKind.ASSIGNED_TASK_NOT_DONE, PenaltyTariff.amount("20000.00"));

        List<GradeBand> bands = List.of(
                new GradeBand(new BigDecimal("90.00"), Grade.EXCELLENT, new BigDecimal("0.00"), false),
                new GradeBand(new BigDecimal("80.00"), Grade.GOOD, new BigDecimal("0.05"), false),
                new GradeBand(new BigDecimal("70.00"), Grade.FAIR, new BigDecimal("0.20"), true),
                new GradeBand(new BigDecimal("0.00"), Grade.POOR, new BigDecimal("1.00"), true));

        PaymentTerms terms = new PaymentTerms(4, 12, 5, new BigDecimal("0.01"), new BigDecimal("0.20"));

        return new OmSchemeParameters(points(30), points(30), points(30), points(10),
                5, points(6), factors,
                new RoutineWorkPoints(points(8), points(2), points(8), points(1), points(4), points(10)),
                faults, vulnerabilities, ranges, bands, tariffs,
                true, terms, 10, ZoneId.of("Asia/Shanghai"), 2);
    }

    /** The assessment month that starts in {@code label}. */
    public AssessmentMonth assessmentMonth(YearMonth label) {
        return new AssessmentMonth(label, monthStartDay, zone);
    }

    private static BigDecimal points(int value) {
        return BigDecimal.valueOf(value);
    }

    private static <K extends Enum<K>> void requireComplete(Map<K, ?> map, Class<K> keys) {
        if (map.size() != keys.getEnumConstants().length) {
            throw new IllegalArgumentException("parameters missing for some " + keys.getSimpleName());
        }
    }
}
