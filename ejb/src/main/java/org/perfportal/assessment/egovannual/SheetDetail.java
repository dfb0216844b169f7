package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A unit's indicator detail for one year (单位考核明细): every indicator of its set with the
 * self-score, the reviewed score, the reason and the sources, the files handed in, and the
 * total once every indicator is reviewed. Shown to the unit itself and to the assessment staff
 * only, never to another unit.
 *
 * @param year        the assessed year
 * @param unitId      the unit
 * @param unitName    its name
 * @param category    its kind, which chose the set
 * @param submittedAt when the self-check report was handed in, {@code null} before
 * @param closesAt    when the self-assessment closes by the scheme's deadline
 * @param lines       one line per indicator of the set, in the set's order
 * @param files       evidence and self-check report, metadata only
 * @param total       the unit's result when fully reviewed, else {@code null}
 */
public record SheetDetail(int year, long unitId, String unitName, UnitCategory category, OffsetDateTime submittedAt,
                          OffsetDateTime closesAt, List<Line> lines, List<SheetFileInfo> files, UnitTotal total) {

    public SheetDetail {
        lines = List.copyOf(lines);
        files = List.copyOf(files);
    }

    /**
     * One indicator: its definition and what was scored so far ({@code null} where nothing yet);
     * {@code version} is the stored score's, 0 before the first self-score.
     */
    public record Line(Indicator indicator, BigDecimal selfScore, String selfNote, BigDecimal reviewedScore,
                       String reason, Set<ReviewSource> sources, long version) {
    }

    /** The regular score, the bonus counted and the total, or {@code null} while not fully reviewed. */
    public BigDecimal totalScore() {
        return total == null ? null : total.total();
    }
}
