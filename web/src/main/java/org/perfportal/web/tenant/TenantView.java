package org.perfportal.web.tenant;

import java.time.OffsetDateTime;
import org.perfportal.tenant.Tenant;
import org.perfportal.tenant.TenantStatus;

/** A tenant registry entry as the API shows it. */
public record TenantView(String id, String displayName, String realm, TenantStatus status, OffsetDateTime createdAt) {

    static TenantView of(Tenant tenant) {
        return new TenantView(tenant.id(), tenant.displayName(), tenant.realm(), tenant.status(), tenant.createdAt());
    }
}
