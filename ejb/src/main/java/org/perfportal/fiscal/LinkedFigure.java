package org.perfportal.fiscal;

/**
 * A figure the portal itself measures for a tenant and year (关联指标数据来源), to which an
 * indicator row may be linked so its actual value (实际完成值) fills from the year's records
 * instead of being typed: an O&M project's year-end table then shows what the records show, and
 * where it came from. Each kind is read by a {@link LinkedFigureProvider} of the records
 * capability; a kind without an installed provider cannot be linked.
 */
public enum LinkedFigure {
    /** SLA 达标率: faults restored within their level's limit ÷ faults, in percent. */
    SLA_COMPLIANCE_RATE("SLA 达标率", "%"),
    /**
     * 满意度平均得分率: the mean score of the year's satisfaction forms as a percent of the full
     * satisfaction points, so it meets a fiscal table's satisfaction target (使用者满意度 ≥90%).
     */
    MEAN_SATISFACTION_SCORE("满意度平均得分率", "%"),
    /** 巡检完成率: inspections done ÷ inspections the schedule expects, in percent. */
    SCHEDULED_INSPECTIONS_DONE("巡检完成率", "%"),
    /** 合同支付金额: the yuan paid in the year against the tenant's O&amp;M contracts (net of deductions). */
    AMOUNT_PAID("合同支付金额", "元");

    private final String label;
    private final String unit;

    LinkedFigure(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** The Chinese name shown beside the value. */
    public String label() {
        return label;
    }

    /** The unit the value is written in, which must be the linked target's unit. */
    public String unit() {
        return unit;
    }
}
