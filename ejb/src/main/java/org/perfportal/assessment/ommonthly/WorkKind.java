package org.perfportal.assessment.ommonthly;

/**
 * Kind of routine work (日常工作, 附件4.2 2): on-site visit (上门回访), inspection (日常巡检),
 * data backup (数据备份), vulnerability scan (漏洞扫描). One enum rather than four record types
 * because the consecutive-neglect deduction treats the four alike.
 */
public enum WorkKind {
    VISIT("上门回访"),
    INSPECTION("日常巡检"),
    BACKUP("数据备份"),
    SCAN("漏洞扫描");

    private final String chinese;

    WorkKind(String chinese) {
        this.chinese = chinese;
    }

    /** The kind as 附件4.2 names it, for trace lines and documents. */
    public String chinese() {
        return chinese;
    }
}
