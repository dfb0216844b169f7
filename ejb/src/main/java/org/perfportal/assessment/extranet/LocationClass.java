package org.perfportal.assessment.extranet;

/**
 * Location class of an extranet line (故障地点类别): the seed sets arrival and repair limits by
 * where the fault is, so every line carries the class of its site.
 */
public enum LocationClass {
    /** 旗直属机关、集中办公区 (the text also names 旗委办): banner organs and the central office area. */
    BANNER_ORGAN("旗直属机关、集中办公区"),
    /** 苏木镇: a sumu or town. */
    SUMU_TOWN("苏木镇"),
    /** 嘎查村: a gacha or village. */
    GACHA_VILLAGE("嘎查村");

    private final String chinese;

    LocationClass(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
