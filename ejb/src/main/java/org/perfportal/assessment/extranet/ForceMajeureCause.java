package org.perfportal.assessment.extranet;

/**
 * Causes of force majeure (不可抗力) listed in 三、(六): unforeseeable and unavoidable
 * circumstances that suspend or limit the service are not a breach.
 */
public enum ForceMajeureCause {
    NATURAL_DISASTER("自然灾害"),
    GOVERNMENT_ACTION("政府行为"),
    POLICY_OR_REGULATION_CHANGE("政策法规变更"),
    THIRD_PARTY_FAILURE("第三方服务故障"),
    PUBLIC_HEALTH_EMERGENCY("紧急公共卫生事件");

    private final String chinese;

    ForceMajeureCause(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
