package org.perfportal.assessment.egovannual;

/**
 * Where a dedicated-network access unit sits (接入单位所在地), which sets the operator's arrival
 * limit after a fault report (第四十四条(一): 城区单位 1 小时内到达, 乡镇 3 小时内到达).
 */
public enum NetworkLocation {
    CITY("市区"),
    TOWNSHIP("乡镇");

    private final String chinese;

    NetworkLocation(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
