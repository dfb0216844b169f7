package org.perfportal.web.tenant;

import jakarta.validation.constraints.NotNull;
import org.perfportal.tenant.TenantStatus;

/** A platform operator's change of a tenant's status: {@code SUSPENDED} (停用) or {@code ACTIVE}. */
public record TenantStatusDto(@NotNull TenantStatus status) {
}
