package org.perfportal.assessment.ommonthly;

/**
 * Fault level (故障等级, 附件3 五(三)1): 1级 core functions down … 4级 caused outside the
 * platform. The limits and deductions of each level are scheme parameters, not enum data,
 * so that a new scheme version can change them.
 */
public enum FaultLevel {
    L1("1级"),
    L2("2级"),
    L3("3级"),
    L4("4级");

    private final String chinese;

    FaultLevel(String chinese) {
        this.chinese = chinese;
    }

    /** The level as the source writes it, e.g. {@code 2级}, for trace lines and documents. */
    public String chinese() {
        return chinese;
    }
}
