package org.perfportal.assessment.egovannual;

/**
 * What the assessment group reviewed a score by (综合考评依据), in the method's own words
 * (考核方法 四): 「考核小组根据各单位自评、日常监测、专网应用通报、最佳子站评定、实地抽查情况，进行综合考评」.
 * Besides the unit's own self-score: daily monitoring (日常监测), the dedicated-network application
 * notices (专网应用通报), the best sub-site rating (最佳子站评定) and on-site spot checks (实地抽查).
 * Recorded per indicator so a unit can see why its score moved. The stored value is the constant's
 * name, so the labels (issue 17: they now quote the seed) change no stored row.
 */
public enum ReviewSource {
    DAILY_MONITORING("日常监测"),
    NETWORK_USE_NOTICE("专网应用通报"),
    BEST_SUB_SITE_RATING("最佳子站评定"),
    SPOT_CHECK("实地抽查");

    private final String chinese;

    ReviewSource(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
