package org.perfportal.assessment.extranet;

/**
 * The rules of the Otog Banner scheme (扣罚标准), each with the clause of seed 000 it comes from,
 * so every line on the sheet can be traced to the text.
 */
public enum ExtranetRule {
    FAULT_LATE_ARRIVAL("三、(二) 网络故障；考核表 运维质量", "未按时到达故障现场（办法未设扣费，仅记录）"),
    FAULT_LATE_REPAIR("三、(二) 网络故障；考核表 运维质量 扣罚标准1", "未按期修复故障，扣除对应线路一个月网费"),
    FAULT_OUTAGE_OVER_LIMIT("考核表 运维质量 扣罚标准2", "断网时间超过7天，扣除对应线路一个月网费"),
    FAULT_UNREPAIRED_FOR_A_MONTH("三、(二) 网络故障；考核表 运维质量 扣罚标准3", "故障持续一个月未修复，扣除对应线路全年网费"),
    RELOCATION_LATE("三、(二) 网络故障（单位搬迁）；考核表 搬迁恢复", "15个工作日尚未完成迁移并恢复正常使用，扣除1个月对应线路网费"),
    BACKBONE_FAILURE("三、(二) 网络故障（主干线路）；考核表 主干线路破坏", "主干线路超时未响应或未恢复，扣除运营商1个月总网费"),
    REPORT_LATE("三、(四) 巡检报告和维修记录；考核表 运维巡检报告", "报告逾期未提交，每延迟1日扣除上月总网费1%"),
    ILLEGAL_CONNECTION("三、(二) 网络故障（违规外联）", "违规接入互联网，扣除责任单位本年度网络租赁费用"),
    AD_HOC_INSPECTION("考核表 不定期巡查", "依据巡查情况，业主单位酌情扣款");

    private final String clause;
    private final String standard;

    ExtranetRule(String clause, String standard) {
        this.clause = clause;
        this.standard = standard;
    }

    /** Where the rule stands in seed 000. */
    public String clause() {
        return clause;
    }

    /** The deduction standard (扣罚标准) as the sheet prints it. */
    public String standard() {
        return standard;
    }
}
