package org.perfportal.assessment.egovannual;

/**
 * The kind of assessed unit (考核对象): counties/districts (县区) or municipal departments
 * (市直部门, which in the method also covers 市委各部委 and 中央省驻平各单位). Each kind has its
 * own indicator set (考核内容 三、(一) and (二)) and units are ranked only against their own kind,
 * because a county and a department are scored on different contents.
 */
public enum UnitCategory {
    COUNTY_DISTRICT("县区", "三、(一) 县(区)考核内容"),
    MUNICIPAL_DEPARTMENT("市直部门", "三、(二) 部门考核内容");

    private final String chinese;
    private final String clause;

    UnitCategory(String chinese, String clause) {
        this.chinese = chinese;
        this.clause = clause;
    }

    public String chinese() {
        return chinese;
    }

    /** The clause of the assessment method that lists this kind's contents. */
    public String clause() {
        return clause;
    }
}
