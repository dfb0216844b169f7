package org.perfportal.reports.monthly;

import java.math.BigDecimal;

/**
 * A detail row of the monthly sheet template: a scored row of 附件4.2 ({@code traced} false: part,
 * item, 分值, 实际得分) or one traced line under it ({@code traced} true: points, basis,
 * description, records), with the unit and month the template groups by. Built by
 * {@link MonthlySheetRenderer} from {@link UnitSheet}s, never by callers.
 *
 * @param month       the vendor's result of the month
 * @param unitName    使用单位
 * @param unitScore   the unit's score
 * @param part        考核项目 (scored row) or empty
 * @param item        考核内容 (scored row) or empty
 * @param maxPoints   分值 (scored row) or null
 * @param points      实际得分 (scored row) or the line's points
 * @param basis       rule and clause (traced line) or empty
 * @param description what happened (traced line) or empty
 * @param records     record ids (traced line) or empty
 * @param traced      whether this is a traced line
 */
public record SheetRow(MonthVerdict month, String unitName, BigDecimal unitScore, String part, String item,
                       BigDecimal maxPoints, BigDecimal points, String basis, String description, String records,
                       boolean traced) {

    static SheetRow scored(UnitSheet sheet, PartScore part) {
        return new SheetRow(sheet.month(), sheet.unitName(), sheet.unitScore(), part.part(), part.item(),
                part.maxPoints(), part.points(), "", "", "", false);
    }

    static SheetRow traced(UnitSheet sheet, TracedLine line) {
        return new SheetRow(sheet.month(), sheet.unitName(), sheet.unitScore(), "", "", null, line.amount(),
                line.basis(), line.description(), line.records(), true);
    }
}
