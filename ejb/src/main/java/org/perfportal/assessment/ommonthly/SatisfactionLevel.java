package org.perfportal.assessment.ommonthly;

/**
 * A rating on the satisfaction form (满意程度, 附件4.1): 满意, 基本满意, 一般, 不满意. The points
 * each level earns are a scheme parameter (a DOMAIN <b>Default</b>).
 */
public enum SatisfactionLevel {
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    AVERAGE("一般"),
    DISSATISFIED("不满意");

    private final String chinese;

    SatisfactionLevel(String chinese) {
        this.chinese = chinese;
    }

    /** The level as the form (附件4.1) prints it. */
    public String chinese() {
        return chinese;
    }
}
