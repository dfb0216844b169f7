package org.perfportal.tenant;

import org.perfportal.shared.ForbiddenException;

/**
 * The tenant is registered but suspended (停用): its users are who they say (the token is valid),
 * but the portal serves them nothing until the platform operator re-activates it. Answered with
 * 403 naming {@code tenant}; the tenant's data stays as it was.
 */
public class TenantSuspendedException extends ForbiddenException {

    public TenantSuspendedException(String tenantId) {
        super("tenant", "tenant '" + tenantId + "' is suspended; its data is kept, and the platform operator can re-activate it");
    }
}
