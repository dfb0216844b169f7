package org.perfportal.records.ommonthly;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.perfportal.assessment.ommonthly.AssessmentMonth;
import org.perfportal.assessment.ommonthly.OmSchemeParameters;
import org.perfportal.assessment.ommonthly.SatisfactionRule;
import org.perfportal.assessment.ommonthly.WorkKind;
import org.perfportal.contract.OmItemCategory;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.UsingUnit;
import org.perfportal.fiscal.LinkedMeasure;

/**
 * The figures of one calendar year of the record book (运维记录年度数据) that a fiscal
 * self-evaluation may link an indicator to, each with the text that says which records gave it.
 * Reads through whatever {@link EntityManager} it is given, so the tenant is the one that manager
 * is bound to — a tenant only ever measures its own records — and a persistence test can run it
 * on a plain manager. Every limit and point comes from the scheme in force on the day concerned.
 *
 * <p>Readings where the sources leave a choice:
 * <ul>
 *   <li>SLA compliance counts the faults reported in the year whose outcome is known: restored, or
 *       past their level's restore limit (故障修复时限) unrestored; a fault still open within its
 *       limit is left out and mentioned. A fault with an approved exemption (不可抗力) is left out,
 *       as it is from the monthly score.</li>
 *   <li>Mean satisfaction is over the forms submitted for the year's assessment months, each scored
 *       as the monthly rule scores it (附件4.1/4.2), as a percent of the full satisfaction points.</li>
 *   <li>The inspection schedule is read from DOMAIN §2: inspections earn 2 points each up to 8, so
 *       the scheme expects {@code inspectionMax ÷ inspectionEach} (4) inspections a month of every
 *       unit with hardware-and-system items (systems); each unit-month counts at most that many
 *       done. Only assessment months of the year inside a contract's service period and already
 *       ended by {@code now} are scheduled.</li>
 * </ul>
 */
final class OmYearFigures {

    /** The portal shows and reads calendar years in China's zone. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EntityManager em;
    private final Function<LocalDate, OmSchemeParameters> schemeOn;
    private final String recordsName;
    private final Instant now;
    private final Map<LocalDate, OmSchemeParameters> schemes = new HashMap<>();

    /**
     * @param schemeOn    the scheme in force on a day
     * @param recordsName how the source text names the records, e.g. {@code 漯河市政务大数据中心运维记录}
     * @param now         the instant up to which limits and months count as passed
     */
    OmYearFigures(EntityManager em, Function<LocalDate, OmSchemeParameters> schemeOn, String recordsName, Instant now) {
        this.em = em;
        this.schemeOn = schemeOn;
        this.recordsName = recordsName;
        this.now = now;
    }

    /** SLA 达标率: faults restored within their level's limit ÷ faults decided, in percent. */
    LinkedMeasure slaCompliance(int year) {
        Set<String> exempted = new HashSet<>(em.createQuery("SELECT e.exemptedRecord FROM OmExemption e", String.class)
                .getResultList());
        List<OmFault> faults = em.createQuery("SELECT f FROM OmFault f WHERE f.reported >= :from AND f.reported < :to"
                        + " ORDER BY f.reported", OmFault.class)
                .setParameter("from", yearStart(year))
                .setParameter("to", yearStart(year + 1))
                .getResultList();
        int decided = 0;
        int within = 0;
        int open = 0;
        int exempt = 0;
        for (OmFault fault : faults) {
            if (exempted.contains(fault.recordId())) {
                exempt++;
                continue;
            }
            Duration limit = scheme(fault.reported().atZoneSameInstant(ZONE).toLocalDate())
                    .faultLimits().get(fault.level()).restore();
            Instant deadline = fault.reported().toInstant().plus(limit);
            if (fault.restored() != null) {
                decided++;
                within += fault.restored().toInstant().isAfter(deadline) ? 0 : 1;
            } else if (now.isAfter(deadline)) {
                decided++;
            } else {
                open++;
            }
        }
        String notes = (open == 0 ? "" : "，" + open + " 起尚在时限内未恢复")
                + (exempt == 0 ? "" : "，" + exempt + " 起已免责");
        if (decided == 0) {
            return LinkedMeasure.none(of(year) + "无可判定的故障" + notes);
        }
        return LinkedMeasure.of(percent(BigDecimal.valueOf(within), BigDecimal.valueOf(decided)), of(year)
                + "可判定故障 " + decided + " 起，" + within + " 起在其等级时限内恢复" + notes);
    }

    /** 满意度平均得分率: the mean score of the year's satisfaction forms ÷ the full satisfaction points, in percent. */
    LinkedMeasure meanSatisfaction(int year) {
        // with its contract, whose start day begins the month and so picks the scheme in force
        List<Object[]> forms = em.createQuery("SELECT f, f.contract FROM OmSatisfactionForm f WHERE f.month LIKE :year"
                        + " ORDER BY f.month, f.id", Object[].class)
                .setParameter("year", year + "-%")
                .getResultList();
        if (forms.isEmpty()) {
            return LinkedMeasure.none(of(year) + "无满意度评价表");
        }
        BigDecimal points = BigDecimal.ZERO;
        BigDecimal full = BigDecimal.ZERO;
        for (Object[] row : forms) {
            OmSatisfactionForm form = (OmSatisfactionForm) row[0];
            OmSchemeParameters scheme = scheme(firstDay((ServiceContract) row[1], YearMonth.parse(form.month())));
            points = points.add(new SatisfactionRule(scheme).score(Optional.of(form.toSatisfactionForm())).value());
            full = full.add(scheme.satisfactionPoints());
        }
        BigDecimal count = BigDecimal.valueOf(forms.size());
        return LinkedMeasure.of(percent(points, full), of(year) + "满意度评价表 " + forms.size() + " 份，平均 "
                + points.divide(count, 2, RoundingMode.HALF_UP).toPlainString() + " 分（满分 "
                + full.divide(count, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " 分）");
    }

    /** 巡检完成率: inspections done ÷ inspections the schedule expects, in percent. */
    LinkedMeasure scheduledInspections(int year) {
        long expected = 0;
        long done = 0;
        long unitMonths = 0;
        long perMonth = 0;
        for (ServiceContract contract : em.createQuery("SELECT c FROM ServiceContract c ORDER BY c.id", ServiceContract.class)
                .getResultList()) {
            List<UsingUnit> units = em.createQuery("SELECT DISTINCT i.unit FROM OmItem i WHERE i.contract = :contract"
                            + " AND i.category = :systems", UsingUnit.class)
                    .setParameter("contract", contract)
                    .setParameter("systems", OmItemCategory.HARDWARE_AND_SYSTEM)
                    .getResultList();
            for (int m = 1; m <= 12 && !units.isEmpty(); m++) {
                YearMonth label = YearMonth.of(year, m);
                LocalDate first = firstDay(contract, label);
                if (first.isBefore(contract.serviceStart()) || first.isAfter(contract.serviceEnd())) {
                    continue;
                }
                OmSchemeParameters scheme = scheme(first);
                AssessmentMonth month = scheme.assessmentMonth(label);
                if (month.end().isAfter(now)) {
                    continue;
                }
                perMonth = scheme.routine().inspectionMax().divide(scheme.routine().inspectionEach(), 0, RoundingMode.DOWN)
                        .longValueExact();
                Map<Long, Long> counts = new HashMap<>();
                em.createQuery("SELECT w.unit.id, COUNT(w) FROM OmWork w WHERE w.contract = :contract AND w.kind = :kind"
                                + " AND w.doneAt >= :start AND w.doneAt < :end GROUP BY w.unit.id", Object[].class)
                        .setParameter("contract", contract)
                        .setParameter("kind", WorkKind.INSPECTION)
                        .setParameter("start", OffsetDateTime.ofInstant(month.start(), ZONE))
                        .setParameter("end", OffsetDateTime.ofInstant(month.end(), ZONE))
                        .getResultList()
                        .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
                for (UsingUnit unit : units) {
                    expected += perMonth;
                    done += Math.min(counts.getOrDefault(unit.id(), 0L), perMonth);
                    unitMonths++;
                }
            }
        }
        if (expected == 0) {
            return LinkedMeasure.none(of(year) + "无应巡检的月份（没有已结束月份的有系统单位）");
        }
        return LinkedMeasure.of(percent(BigDecimal.valueOf(done), BigDecimal.valueOf(expected)), of(year)
                + "应巡检 " + expected + " 次，完成 " + done + " 次（有系统的单位每月 " + perMonth + " 次，已结束 "
                + unitMonths + " 个单位月）");
    }

    /** The opening of a source text: whose records, which year, e.g. {@code 漯河运维记录 2026年：}. */
    private String of(int year) {
        return recordsName + " " + year + "年：";
    }

    private OmSchemeParameters scheme(LocalDate day) {
        return schemes.computeIfAbsent(day, schemeOn);
    }

    /** The first day of the contract month labelled {@code label}: the contract's start day, as the record book reads it. */
    static LocalDate firstDay(ServiceContract contract, YearMonth label) {
        return label.atDay(Math.min(contract.serviceStart().getDayOfMonth(), label.lengthOfMonth()));
    }

    private static OffsetDateTime yearStart(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toOffsetDateTime();
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL128);
    }
}
