package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;
import org.perfportal.shared.InvalidFieldException;

/**
 * Scores one unit for the year (综合考评, 考核方法 四): checks the sheet against the indicator
 * set — every indicator scored once, self and reviewed scores within 0..weight, a reason
 * wherever the reviewed score differs from the self-score — and adds the reviewed scores:
 * total = Σ regular + min(Σ bonus, bonus cap). One points line per indicator, and a negative
 * cap line when the bonus exceeds the cap, so the lines always add up to the total.
 *
 * <p>Only the reviewed score counts: the method gives the group the final word
 * (考核小组…进行综合考评), and the self-score stays beside it for the unit to compare.
 */
public final class AnnualScoreRule {

    static final String METHOD_CLAUSE = "考核方法 四 综合考评";
    static final String BONUS_CAP_CLAUSE = "DOMAIN §4 Default: 加分项封顶";

    /**
     * @throws InvalidFieldException naming e.g. {@code indicators[ZZ-01].selfScore},
     *         {@code indicators[ZZ-01].reviewedScore}, {@code indicators[ZZ-01].reason} or
     *         {@code indicators} (an indicator missing, unknown or scored twice)
     */
    public UnitTotal score(IndicatorSet set, UnitScoreSheet sheet) {
        if (sheet.category() != set.category()) {
            throw new InvalidFieldException("category", sheet.unitName() + " is a " + sheet.category().chinese()
                    + " unit, the set is for " + set.category().chinese());
        }
        checkCoverage(set, sheet);
        List<TraceLine> regular = new ArrayList<>();
        List<TraceLine> bonus = new ArrayList<>();
        Map<Heading, BigDecimal> headings = new EnumMap<>(Heading.class);
        for (IndicatorScore score : sheet.scores()) {
            Indicator indicator = set.find(score.code());
            check(indicator, score);
            TraceLine line = TraceLine.of("PL-" + indicator.code(), clause(set.category(), indicator.heading()),
                    describe(indicator, score), Measure.POINTS, score.reviewedScore(), List.of(sheet.unitId()));
            (indicator.heading().isBonus() ? bonus : regular).add(line);
            headings.merge(indicator.heading(), score.reviewedScore(), BigDecimal::add);
        }
        BigDecimal bonusSum = TracedValue.sumOf(bonus).value();
        if (bonusSum.compareTo(set.bonusCap()) > 0) {
            bonus.add(TraceLine.of("PL-BONUS-CAP", BONUS_CAP_CLAUSE,
                    "bonus " + bonusSum.toPlainString() + " capped at " + set.bonusCap().toPlainString(),
                    Measure.POINTS, set.bonusCap().subtract(bonusSum), List.of(sheet.unitId())));
            headings.put(Heading.BONUS, set.bonusCap());
        }
        return new UnitTotal(sheet.unitId(), sheet.unitName(), sheet.category(),
                TracedValue.sumOf(regular), TracedValue.sumOf(bonus), headings, notSelfAssessedNote(sheet));
    }

    /**
     * 「年底前，各县(区)、各单位…自评打分，形成自查报告，报考核小组」 — a unit that did not is still reviewed and
     * ranked, so the ranking is complete; its row says so (null when every indicator was self-scored).
     */
    static String notSelfAssessedNote(UnitScoreSheet sheet) {
        long missing = sheet.scores().stream().filter(s -> s.selfScore() == null).count();
        if (missing == 0) {
            return null;
        }
        return missing == sheet.scores().size() ? "未自评，由考核小组直接核定"
                : "部分未自评（" + missing + " 项指标无自评分，由考核小组直接核定）";
    }

    private static void checkCoverage(IndicatorSet set, UnitScoreSheet sheet) {
        Set<String> seen = new HashSet<>();
        for (IndicatorScore score : sheet.scores()) {
            if (set.find(score.code()) == null) {
                throw new InvalidFieldException("indicators", "no indicator " + score.code() + " in the "
                        + set.category().chinese() + " set");
            }
            if (!seen.add(score.code())) {
                throw new InvalidFieldException("indicators", "indicator " + score.code() + " scored twice");
            }
        }
        String missing = set.indicators().stream().map(Indicator::code).filter(code -> !seen.contains(code))
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new InvalidFieldException("indicators", sheet.unitName() + ": no score for " + missing);
        }
    }

    static void check(Indicator indicator, IndicatorScore score) {
        if (score.selfScore() != null) {
            requireWithinWeight(indicator, score.selfScore(), "selfScore");
        }
        requireWithinWeight(indicator, score.reviewedScore(), "reviewedScore");
        // Without a self-score there is nothing to agree with: the reviewed score always needs its reason.
        boolean differs = score.selfScore() == null || score.reviewedScore().compareTo(score.selfScore()) != 0;
        if (differs && (score.reason() == null || score.reason().isBlank())) {
            throw new InvalidFieldException(indicator.field("reason"), "the reviewed score "
                    + score.reviewedScore().toPlainString() + (score.selfScore() == null ? " has no self-score beside it"
                    : " differs from the self-score " + score.selfScore().toPlainString()) + ": give the reason");
        }
    }

    static void requireWithinWeight(Indicator indicator, BigDecimal points, String property) {
        if (points == null || points.signum() < 0 || points.compareTo(indicator.weight()) > 0) {
            throw new InvalidFieldException(indicator.field(property), indicator.name() + ": " + points
                    + " is outside 0–" + indicator.weight().toPlainString());
        }
    }

    private static String clause(UnitCategory category, Heading heading) {
        return category.clause() + " " + heading.number() + "." + heading.chinese();
    }

    private static String describe(Indicator indicator, IndicatorScore score) {
        StringBuilder text = new StringBuilder(indicator.name())
                .append(": self ").append(score.selfScore() == null ? "未自评" : score.selfScore().toPlainString())
                .append(", reviewed ").append(score.reviewedScore().toPlainString())
                .append(" / ").append(indicator.weight().toPlainString());
        if (score.reason() != null && !score.reason().isBlank()) {
            text.append(" — ").append(score.reason());
        }
        if (!score.sources().isEmpty()) {
            text.append(" [").append(score.sources().stream().sorted().map(ReviewSource::chinese)
                    .collect(Collectors.joining("、"))).append(']');
        }
        return text.toString();
    }
}
