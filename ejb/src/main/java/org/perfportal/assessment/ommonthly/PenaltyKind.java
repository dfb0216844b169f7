package org.perfportal.assessment.ommonthly;

/**
 * Kind of money penalty (处罚清单 and 重点监管事项, 附件4.2 6–7): yuan deducted from the
 * month's fee on top of the grade deduction. Carries only the clause; the amount or rate is a
 * scheme parameter ({@link PenaltyTariff}).
 */
public enum PenaltyKind {
    SABOTAGE("附件4.2 处罚清单-擅自破坏系统"),
    VIOLATION("附件4.2 处罚清单-违规操作"),
    RECURRING_FAULT("附件4.2 处罚清单-故障修复不彻底"),
    POOR_RISK_HANDLING("附件4.2 处罚清单-风险处置不力"),
    FALSIFIED_DOCUMENTS("附件4.2 处罚清单-资料造假"),
    LATE_TAKEOVER("附件4.2 重点监管事项-系统运维承接不及时"),
    CREDENTIAL_LEAK("附件4.2 重点监管事项-账号密码保管不善"),
    SUPERIOR_INDICATOR_MISSED("附件4.2 重点监管事项-上级考核指标完成情况"),
    ONSITE_STAFF_ABSENT("附件4.2 重点监管事项-驻场人员到位情况"),
    ASSIGNED_TASK_NOT_DONE("附件4.2 重点监管事项-交办事项落实情况");

    private final String clause;

    PenaltyKind(String clause) {
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}
