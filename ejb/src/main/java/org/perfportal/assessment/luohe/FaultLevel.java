package org.perfportal.assessment.luohe;

/**
 * Fault level (故障等级, 附件3 五(三)1): 1级 core functions down … 4级 caused outside the
 * platform. The limits and deductions of each level are scheme parameters, not enum data,
 * so that a new scheme version can change them.
 */
public enum FaultLevel {
    L1,
    L2,
    L3,
    L4
}
