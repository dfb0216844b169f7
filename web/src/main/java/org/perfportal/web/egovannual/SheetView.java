package org.perfportal.web.egovannual;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.perfportal.assessment.egovannual.SheetDetail;
import org.perfportal.assessment.egovannual.SheetFileInfo;
import org.perfportal.assessment.egovannual.ReviewSource;
import org.perfportal.assessment.egovannual.UnitCategory;

/**
 * A unit's annual sheet (年度考核评分表) as the API answers it: each indicator with weight,
 * guidance, self-score, reviewed score, reason and sources; the files; the totals once reviewed.
 */
public record SheetView(int year, long unitId, String unitName, UnitCategory category, String categoryName,
                        OffsetDateTime submittedAt, OffsetDateTime closesAt, List<Line> indicators,
                        List<SheetFileInfo> files, BigDecimal regular, BigDecimal bonusCounted, BigDecimal total) {

    /**
     * One indicator line; {@code selfScore} null where the unit never self-scored (the group may still
     * review it once the deadline has passed); {@code sourceLabels} the sources in the method's words
     * (日常监测, 专网应用通报, 最佳子站评定, 实地抽查).
     */
    public record Line(String code, String heading, String name, BigDecimal weight, String guidance, BigDecimal selfScore,
                       String selfNote, BigDecimal reviewedScore, String reason, Set<ReviewSource> sources,
                       List<String> sourceLabels, long version) {
    }

    static SheetView of(SheetDetail d) {
        List<Line> lines = d.lines().stream().map(l -> new Line(l.indicator().code(), l.indicator().heading().chinese(),
                l.indicator().name(), l.indicator().weight(), l.indicator().guidance(), l.selfScore(), l.selfNote(),
                l.reviewedScore(), l.reason(), l.sources(), l.sources().stream().sorted().map(ReviewSource::chinese).toList(),
                l.version())).toList();
        return new SheetView(d.year(), d.unitId(), d.unitName(), d.category(), d.category().chinese(), d.submittedAt(),
                d.closesAt(), lines, d.files(),
                d.total() == null ? null : d.total().regular().value(),
                d.total() == null ? null : d.total().bonusCounted().value(),
                d.totalScore());
    }
}
