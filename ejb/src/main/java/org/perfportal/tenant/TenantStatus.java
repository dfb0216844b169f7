package org.perfportal.tenant;

/** Whether a tenant's users may use the portal. A suspended tenant's tokens are refused. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
