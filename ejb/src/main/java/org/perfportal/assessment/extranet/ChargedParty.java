package org.perfportal.assessment.extranet;

/**
 * Who answers for an illegal internet connection (违规外联): 「对责任单位（或责任人）按规扣除本年度网络租赁费用」
 * (三、(二)) charges the party responsible, which is often the using unit whose staff plugged a
 * device into the internet, not the operator. Recorded with each finding by the assessor.
 */
public enum ChargedParty {
    /** The operator (运营商) is responsible: the deduction is taken from its final payment. */
    OPERATOR("运营商"),
    /**
     * The using unit (使用单位/责任人) is responsible: the amount is the unit's own annual lease, shown on
     * the sheet for the record but not taken from the operator's final payment.
     */
    RESPONSIBLE_UNIT("责任单位");

    private final String chinese;

    ChargedParty(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
