package org.perfportal.identity;

/**
 * Realm roles every tenant realm defines. The names are the ones Keycloak carries in
 * {@code realm_access.roles}; constants so that {@code @RolesAllowed} can name them.
 */
public final class Role {

    /** 租户管理员: configures the tenant, its scheme, its users. */
    public static final String TENANT_ADMIN = "tenant-admin";
    /** 考核小组成员: enters deductions, computes assessments. */
    public static final String ASSESSOR = "assessor";
    /** 组长/副组长: approves and publishes results. */
    public static final String APPROVER = "approver";
    /** 服务商/运营商: logs its work, sees its own results, files disputes. */
    public static final String VENDOR = "vendor";
    /** 使用单位: confirms faults, fills satisfaction forms, self-assesses. */
    public static final String UNIT = "unit";
    /** 财务: sees payment schedules, downloads fiscal reports. */
    public static final String FINANCE = "finance";
    /** 审计: read-only. */
    public static final String AUDITOR = "auditor";
    /** 平台运营: creates tenants; exists only in the platform realm. */
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private Role() {
    }
}
