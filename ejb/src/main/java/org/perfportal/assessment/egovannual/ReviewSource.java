package org.perfportal.assessment.egovannual;

/**
 * What the assessment group reviewed a score by (综合考评依据, 考核方法 四): besides the unit's
 * own self-score, the method names daily monitoring (日常监测), the dedicated-network use
 * notices (专网应用通报 / 网络使用通报), the best sub-site rating (最佳子站评定 / 优秀子站评选) and
 * on-site spot checks (实地抽查). Recorded per indicator so a unit can see why its score moved.
 */
public enum ReviewSource {
    DAILY_MONITORING("日常监测"),
    NETWORK_USE_NOTICE("网络使用通报"),
    BEST_SUB_SITE_RATING("优秀子站评选"),
    SPOT_CHECK("抽查");

    private final String chinese;

    ReviewSource(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
