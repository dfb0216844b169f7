package org.perfportal.tenant;

import org.perfportal.shared.RecordNotFoundException;

/** A tenant id that is not in the registry, or whose tenant is suspended. */
public class UnknownTenantException extends RecordNotFoundException {

    public UnknownTenantException(String tenantId) {
        super("tenant", "no active tenant '" + tenantId + "'");
    }
}
