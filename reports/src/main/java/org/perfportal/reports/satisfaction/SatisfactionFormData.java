package org.perfportal.reports.satisfaction;

import java.util.List;
import java.util.Objects;

import org.perfportal.reports.DocumentHeader;

/**
 * The O&amp;M satisfaction form (政务信息系统运维满意度评价表, 附件4.1 of seed 002) of one using unit
 * and month: blank, for the unit to print, fill in, sign and stamp, or filled from its submission
 * with the chosen levels ticked.
 *
 * <p>The layout is the form's: unit (盖章), evaluation period and date, the five items with the
 * four levels as boxes, 是否发生运维事故 是/否, 不满意原因, 意见建议, and the signature lines.
 *
 * @param header          tenant, period, scheme version, production time, draft flag
 * @param unitName        使用单位, or null to leave the line blank
 * @param evaluationPeriod 评价周期, e.g. {@code 2026年7月（2026-07-10 至 2026-08-09）}
 * @param evaluatedOn     评价日期 as printed, or null to leave it blank
 * @param items           the rated items in the form's order
 * @param accident        是否发生运维事故: true 是, false 否, null unticked
 * @param reasons         不满意原因, empty when none
 * @param suggestions     意见建议, empty when none
 */
public record SatisfactionFormData(DocumentHeader header, String unitName, String evaluationPeriod, String evaluatedOn,
                                   List<SatisfactionItem> items, Boolean accident, String reasons, String suggestions) {

    /** The four levels of the form, in its column order. */
    public static final List<String> LEVELS = List.of("满意", "基本满意", "一般", "不满意");

    /** The five items of 附件4.1, in the form's order. */
    public static final List<String> ITEMS = List.of("运维服务对接情况", "系统正常使用情况", "异常响应情况", "异常解决情况",
            "运维公司服务态度");

    /** Requires the header, the period and the items; empty texts for absent answers. */
    public SatisfactionFormData {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(evaluationPeriod, "evaluationPeriod");
        items = List.copyOf(items);
        reasons = reasons == null ? "" : reasons;
        suggestions = suggestions == null ? "" : suggestions;
    }

    /**
     * The blank form of one unit (or, with a null unit, of nobody in particular) for a month:
     * the five items unticked, nothing written.
     *
     * @param header           the document header
     * @param unitName         the unit printed on the form, or null for a blank line
     * @param evaluationPeriod the month evaluated
     * @return the blank form
     */
    public static SatisfactionFormData blank(DocumentHeader header, String unitName, String evaluationPeriod) {
        return new SatisfactionFormData(header, unitName, evaluationPeriod, null,
                ITEMS.stream().map(item -> new SatisfactionItem(item, "", null)).toList(), null, "", "");
    }

    /** The 是/否 box of the accident question as a tick or nothing. */
    public String accidentTick(boolean yes) {
        return accident != null && accident == yes ? "√" : "";
    }
}
