package org.perfportal.assessment.egovannual;

/**
 * What a file on a unit's sheet is: evidence for one indicator (佐证材料) or the unit's
 * self-check report (自查报告) that hands the self-assessment in.
 */
public enum SheetFilePurpose {
    EVIDENCE,
    SELF_CHECK_REPORT
}
