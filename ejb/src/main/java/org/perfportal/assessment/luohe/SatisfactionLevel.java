package org.perfportal.assessment.luohe;

/**
 * A rating on the satisfaction form (满意程度, 附件4.1): 满意, 基本满意, 一般, 不满意. The points
 * each level earns are a scheme parameter (a DOMAIN <b>Default</b>).
 */
public enum SatisfactionLevel {
    SATISFIED,
    BASICALLY_SATISFIED,
    AVERAGE,
    DISSATISFIED
}
