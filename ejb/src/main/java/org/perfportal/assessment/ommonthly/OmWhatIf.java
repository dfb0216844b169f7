package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.perfportal.assessment.Measure;
import org.perfportal.assessment.ScopedLine;
import org.perfportal.assessment.TraceLine;

/**
 * A what-if comparison (方案试算对比): a month's lines and figures under a draft scheme against the
 * lines and figures of the baseline (the result in force, or the published scheme's computation),
 * line by line. Lines are matched by unit, rule and the records behind them (and their order among
 * equals, e.g. the five satisfaction items of one form), so a line the draft drops or adds shows
 * with its other side absent (null) and its full amount as the difference.
 */
public final class OmWhatIf {

    private OmWhatIf() {
    }

    /** What decides the month's money: the published score, the grade and the yuan deducted. */
    public record Figures(BigDecimal score, Grade grade, BigDecimal moneyDeducted) {
    }

    /**
     * One line compared; {@code before} or {@code after} is null when the line exists on one side only.
     *
     * @param difference after − before, an absent side counting as 0
     */
    public record LineChange(String unitId, String ruleCode, String clause, Measure measure, String description,
                             BigDecimal before, BigDecimal after, BigDecimal difference) {

        public boolean changed() {
            return difference.signum() != 0;
        }
    }

    /** The whole comparison; {@code lines} in the draft's order, then the lines only the baseline has. */
    public record Comparison(List<LineChange> lines, Figures before, Figures after) {

        public long changedLines() {
            return lines.stream().filter(LineChange::changed).count();
        }

        /** The draft's score less the baseline's (positive: the draft scores higher). */
        public BigDecimal scoreDifference() {
            return after.score().subtract(before.score());
        }

        /** The draft's money deducted less the baseline's (positive: the draft deducts more). */
        public BigDecimal moneyDifference() {
            return after.moneyDeducted().subtract(before.moneyDeducted());
        }
    }

    public static Comparison compare(List<ScopedLine> before, Figures beforeFigures, List<ScopedLine> after,
                                     Figures afterFigures) {
        Map<String, ScopedLine> baseline = keyed(before);
        Map<String, ScopedLine> draft = keyed(after);
        List<LineChange> changes = new ArrayList<>();
        draft.forEach((key, line) -> changes.add(change(baseline.get(key), line)));
        baseline.forEach((key, line) -> {
            if (!draft.containsKey(key)) {
                changes.add(change(line, null));
            }
        });
        return new Comparison(changes, beforeFigures, afterFigures);
    }

    private static LineChange change(ScopedLine before, ScopedLine after) {
        ScopedLine shown = after != null ? after : before;
        TraceLine line = shown.line();
        BigDecimal was = before == null ? null : before.line().amount();
        BigDecimal will = after == null ? null : after.line().amount();
        BigDecimal difference = (will == null ? BigDecimal.ZERO : will).subtract(was == null ? BigDecimal.ZERO : was);
        return new LineChange(OmMonthLines.unitOf(shown.scope()), line.ruleCode(), line.clause(), line.measure(),
                line.description(), was, will, difference);
    }

    private static Map<String, ScopedLine> keyed(List<ScopedLine> lines) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, ScopedLine> keyed = new LinkedHashMap<>();
        for (ScopedLine line : lines) {
            String base = line.scope() + "|" + line.line().ruleCode() + "|" + String.join(",", line.line().recordIds());
            int occurrence = seen.merge(base, 1, Integer::sum);
            keyed.put(base + "#" + occurrence, line);
        }
        return keyed;
    }
}
