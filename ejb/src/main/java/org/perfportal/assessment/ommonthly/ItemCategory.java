package org.perfportal.assessment.ommonthly;

/**
 * Category of an O&M item (运维事项考核类别, 附件3 四): line lease or purchased service
 * (线路租赁和购买服务) is assessed on continuity only and gets routine work in full;
 * hardware and system (硬件及系统运维) is assessed on routine work.
 */
public enum ItemCategory {
    LINE_LEASE_OR_PURCHASED_SERVICE,
    HARDWARE_AND_SYSTEM
}
