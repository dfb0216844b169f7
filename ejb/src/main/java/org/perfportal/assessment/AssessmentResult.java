package org.perfportal.assessment;

/**
 * A stored result as the workflow answers it (考核结果): the revision with its lines and lifecycle,
 * whether it is the period's result in force (生效结果), and its kind's {@link AssessmentKind#figures
 * figures}.
 */
public record AssessmentResult(Assessment assessment, boolean inForce, Object figures) {

    /** The kind's figures as the type the caller knows the kind to produce. */
    public <F> F figures(Class<F> type) {
        return type.cast(figures);
    }
}
