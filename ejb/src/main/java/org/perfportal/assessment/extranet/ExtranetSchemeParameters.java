package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers of the Otog Banner extranet assessment scheme (考核办法参数): every limit, every
 * month count and every rate of seed 000, so that a revised scheme (修订机制, 五、(二)) is a new
 * parameter set, not new code. Readings where the seed is silent or contradicts itself are
 * parameters too: {@link #faultRuleCombination} and {@link #backboneLimits}.
 *
 * @param faultLimits              arrival and repair limits per location class (三、(二), 考核表)
 * @param lateRepairMonths         months of the line's fee for a late repair (未按期修复: 1)
 * @param outageLimit              outage beyond which a further deduction applies (断网超过 7 天)
 * @param outageMonths             months of the line's fee for it (1)
 * @param unrepairedLimit          how long a fault may stay unrepaired (持续一个月未修复: 1 calendar month)
 * @param unrepairedMonths         months of the line's fee for it (全年网费: 12)
 * @param faultRuleCombination     how the three fault rules combine for one fault
 * @param relocationWorkingDays    working days after the move ends to restore service (15 个工作日)
 * @param relocationMonths         months of the line's fee for a late relocation (1)
 * @param backboneLimits           respond/restore limits of a backbone failure (table or text)
 * @param backboneMonths           months of the total fee of all lines for a missed limit (1)
 * @param reportDueDayOfMonth      the half-year report is due by this day of the following month (5)
 * @param reportRatePerDayLate     share of the previous month's total fee per day late (1%)
 * @param illegalConnectionMonths  months of the responsible unit's fees for an illegal internet
 *                                 connection (本年度网络租赁费用: 12)
 * @param zone                     the zone in which dates, half-years and the sheet are read
 * @param lineMonthBasis           when a line counts in a month's fee base (Default {@link LineMonthBasis#ANY_DAY})
 * @param illegalConnectionYearBasis what 本年度网络租赁费用 adds up (Default for versions naming none:
 *                                 {@link AnnualLeaseBasis#FIXED_MONTHS}, i.e. {@code illegalConnectionMonths})
 * @param minimumMaintainers       named dedicated maintainers the operator must keep (确保至少两人专职负责: 2)
 * @param operatorAcceptanceRequired whether the version may be published only with the operator's
 *                                 acceptance (四、(二) 签订相关协议; Default true)
 * @param operatorAcceptance       the operator's acceptance of this version, or null while none is recorded
 */
public record ExtranetSchemeParameters(
        Map<LocationClass, FaultLimits> faultLimits,
        int lateRepairMonths,
        Duration outageLimit,
        int outageMonths,
        Period unrepairedLimit,
        int unrepairedMonths,
        FaultRuleCombination faultRuleCombination,
        int relocationWorkingDays,
        int relocationMonths,
        BackboneLimits backboneLimits,
        int backboneMonths,
        int reportDueDayOfMonth,
        BigDecimal reportRatePerDayLate,
        int illegalConnectionMonths,
        ZoneId zone,
        LineMonthBasis lineMonthBasis,
        AnnualLeaseBasis illegalConnectionYearBasis,
        int minimumMaintainers,
        boolean operatorAcceptanceRequired,
        OperatorAcceptance operatorAcceptance) {

    public ExtranetSchemeParameters {
        faultLimits = Map.copyOf(faultLimits);
        for (LocationClass location : LocationClass.values()) {
            if (!faultLimits.containsKey(location)) {
                throw new IllegalArgumentException("no fault limits for " + location);
            }
        }
        Objects.requireNonNull(outageLimit, "outageLimit");
        Objects.requireNonNull(unrepairedLimit, "unrepairedLimit");
        Objects.requireNonNull(faultRuleCombination, "faultRuleCombination");
        Objects.requireNonNull(backboneLimits, "backboneLimits");
        Objects.requireNonNull(reportRatePerDayLate, "reportRatePerDayLate");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lineMonthBasis, "lineMonthBasis");
        Objects.requireNonNull(illegalConnectionYearBasis, "illegalConnectionYearBasis");
        if (minimumMaintainers < 1) {
            throw new IllegalArgumentException("at least one maintainer is required: " + minimumMaintainers);
        }
        if (reportDueDayOfMonth < 1 || reportDueDayOfMonth > 28) {
            throw new IllegalArgumentException("report due day must be 1..28: " + reportDueDayOfMonth);
        }
    }

    /** The scheme as published in seed 000, with DOMAIN.md's Defaults and the table's backbone limits. */
    public static ExtranetSchemeParameters template2025() {
        Map<LocationClass, FaultLimits> limits = new EnumMap<>(LocationClass.class);
        limits.put(LocationClass.BANNER_ORGAN, new FaultLimits(Duration.ofHours(2), Duration.ofHours(6)));
        limits.put(LocationClass.SUMU_TOWN, new FaultLimits(Duration.ofHours(6), Duration.ofHours(12)));
        limits.put(LocationClass.GACHA_VILLAGE, new FaultLimits(Duration.ofHours(6), Duration.ofHours(48)));
        return new ExtranetSchemeParameters(limits, 1, Duration.ofDays(7), 1, Period.ofMonths(1), 12,
                FaultRuleCombination.LARGEST_APPLIES, 15, 1, BackboneLimits.ASSESSMENT_TABLE, 1,
                5, new BigDecimal("0.01"), 12, ZoneId.of("Asia/Shanghai"), LineMonthBasis.ANY_DAY,
                AnnualLeaseBasis.FIXED_MONTHS, 2, true, null);
    }

    /** The same scheme with the tenant's choice of backbone limits. */
    public ExtranetSchemeParameters withBackboneLimits(BackboneLimits limits) {
        return new ExtranetSchemeParameters(faultLimits, lateRepairMonths, outageLimit, outageMonths, unrepairedLimit,
                unrepairedMonths, faultRuleCombination, relocationWorkingDays, relocationMonths, limits, backboneMonths,
                reportDueDayOfMonth, reportRatePerDayLate, illegalConnectionMonths, zone, lineMonthBasis, illegalConnectionYearBasis,
                minimumMaintainers, operatorAcceptanceRequired, operatorAcceptance);
    }

    /** The same scheme with the tenant's choice of how fault rules combine. */
    public ExtranetSchemeParameters withFaultRuleCombination(FaultRuleCombination combination) {
        return new ExtranetSchemeParameters(faultLimits, lateRepairMonths, outageLimit, outageMonths, unrepairedLimit,
                unrepairedMonths, combination, relocationWorkingDays, relocationMonths, backboneLimits, backboneMonths,
                reportDueDayOfMonth, reportRatePerDayLate, illegalConnectionMonths, zone, lineMonthBasis, illegalConnectionYearBasis,
                minimumMaintainers, operatorAcceptanceRequired, operatorAcceptance);
    }

    /** The same scheme with the tenant's reading of 本年度网络租赁费用. */
    public ExtranetSchemeParameters withIllegalConnectionYearBasis(AnnualLeaseBasis basis) {
        return new ExtranetSchemeParameters(faultLimits, lateRepairMonths, outageLimit, outageMonths, unrepairedLimit,
                unrepairedMonths, faultRuleCombination, relocationWorkingDays, relocationMonths, backboneLimits, backboneMonths,
                reportDueDayOfMonth, reportRatePerDayLate, illegalConnectionMonths, zone, lineMonthBasis, basis,
                minimumMaintainers, operatorAcceptanceRequired, operatorAcceptance);
    }

    public FaultLimits limitsFor(LocationClass location) {
        return faultLimits.get(location);
    }
}
