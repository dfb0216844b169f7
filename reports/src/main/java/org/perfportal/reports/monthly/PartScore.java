package org.perfportal.reports.monthly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One scored row of 附件4.2 for a unit (考核项目 / 考核内容 / 分值 / 实际得分), with the traced lines
 * that explain its points (a late fault under 异常处置, a missing document under 运维资料).
 *
 * @param part      考核项目, e.g. 异常处置
 * @param item      考核内容, e.g. 异常处置时效
 * @param maxPoints 分值
 * @param points    实际得分
 * @param lines     the traced lines behind the points; may be empty
 */
public record PartScore(String part, String item, BigDecimal maxPoints, BigDecimal points, List<TracedLine> lines) {

    /** Requires every value; copies the lines. */
    public PartScore {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(points, "points");
        lines = List.copyOf(lines);
    }
}
