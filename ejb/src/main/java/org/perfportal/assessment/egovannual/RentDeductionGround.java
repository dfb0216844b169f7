package org.perfportal.assessment.egovannual;

/**
 * Why the telecom operator's monthly dedicated-network rent is reduced (核减当月政务专网租赁费,
 * 政务专网管理办法 第四十四条(一)). The OCR prints the ranges as {@code 510%} and
 * {@code 1030%}; they are 5–10% and 10–30% (DOMAIN §4). The ranges themselves are scheme
 * parameters; this enum names the grounds and their clause.
 */
public enum RentDeductionGround {
    /** 接入单位累计督促三次，维护人员仍未按时到达: 5–10%. */
    NO_ARRIVAL_AFTER_REMINDERS("未按时到达(累计督促三次)"),
    /** 维护人员违规操作，造成严重网络故障或屡次产生网络故障: 10–30%. */
    VIOLATION_CAUSING_SERIOUS_OR_REPEATED_FAULTS("违规操作造成严重或屡次网络故障"),
    /** 由于网络故障造成的 (the fault lies with the network, not the unit): 10–30%. */
    FAULT_CAUSED_BY_NETWORK("网络原因造成故障");

    private final String chinese;

    RentDeductionGround(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
