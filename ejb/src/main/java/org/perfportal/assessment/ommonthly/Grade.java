package org.perfportal.assessment.ommonthly;

/**
 * The month's grade (考评定级, 附件3 七): 优秀 excellent, 良好 good, 一般 fair, 较差 poor. The
 * score bands and fee deduction rates are scheme parameters ({@link GradeBand}).
 */
public enum Grade {
    EXCELLENT("优秀"),
    GOOD("良好"),
    FAIR("一般"),
    POOR("较差");

    private final String chinese;

    Grade(String chinese) {
        this.chinese = chinese;
    }

    /** The grade as the source document names it. */
    public String chinese() {
        return chinese;
    }
}
