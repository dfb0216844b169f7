package org.perfportal.tenant;

import jakarta.ejb.ApplicationException;

/** A tenant id that is not in the registry, or whose tenant is suspended. */
@ApplicationException(rollback = true)
public class UnknownTenantException extends RuntimeException {

    public UnknownTenantException(String tenantId) {
        super("no active tenant '" + tenantId + "'");
    }
}
