package org.perfportal.assessment.egovannual;

/**
 * A heading of the assessment contents (考核内容大项), the same six for both unit kinds, in the
 * method's order. The bonus heading (加分项) is apart: its points are counted only up to the
 * set's bonus cap, so a unit cannot buy its rank with pilot projects alone.
 */
public enum Heading {
    ORGANIZATION("组织机构"),
    APPLICATION_EFFECT("应用效果"),
    RESOURCE_SHARING("资源共享"),
    INFORMATION_SECURITY("信息安全"),
    ENVIRONMENT("环境建设"),
    BONUS("加分项");

    private final String chinese;

    Heading(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean isBonus() {
        return this == BONUS;
    }

    /** The heading's number in the method's list (1 组织机构 … 6 加分项). */
    public int number() {
        return ordinal() + 1;
    }
}
