package org.perfportal.assessment.luohe;

/**
 * Kind of routine work (日常工作, 附件4.2 2): on-site visit (上门回访), inspection (日常巡检),
 * data backup (数据备份), vulnerability scan (漏洞扫描). One enum rather than four record types
 * because the consecutive-neglect deduction treats the four alike.
 */
public enum WorkKind {
    VISIT,
    INSPECTION,
    BACKUP,
    SCAN
}
