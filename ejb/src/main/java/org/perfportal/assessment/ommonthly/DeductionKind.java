package org.perfportal.assessment.ommonthly;

/**
 * Kind of deduction item (扣分项, 附件4.2 5): points taken off the vendor's monthly score
 * (说明2). Carries only the clause of the source; the point ranges are scheme parameters.
 */
public enum DeductionKind {
    ALERT_NOT_TRIAGED("附件4.2 扣分项-未及时排查系统故障"),
    RESPONSIBLE_COMPLAINT("附件4.2 扣分项-有责投诉"),
    CRITICISM_CITY("附件4.2 扣分项-信息系统被通报批评(市级)"),
    CRITICISM_PROVINCE_OR_ABOVE("附件4.2 扣分项-信息系统被通报批评(省级及以上)"),
    NON_COOPERATION("附件4.2 扣分项-不配合开展工作"),
    CHANGE_NOT_REPORTED("附件4.2 扣分项-未履行报备义务"),
    CONSECUTIVE_NEGLECT("附件4.2 扣分项-日常工作开展不力");

    private final String clause;

    DeductionKind(String clause) {
        this.clause = clause;
    }

    public String clause() {
        return clause;
    }
}
