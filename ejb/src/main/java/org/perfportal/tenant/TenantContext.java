package org.perfportal.tenant;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant the current request or job acts for. Set once, from the verified token's issuer
 * (or, for timers and batch work, from the explicit tenant being processed); a request never
 * switches tenant, because EclipseLink may answer {@code find()} from the previous tenant's
 * persistence context within one transaction.
 */
@RequestScoped
public class TenantContext {

    /** EclipseLink's context property that carries the tenant discriminator. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    private String tenantId;

    public void bind(String tenantId) {
        if (this.tenantId != null && !this.tenantId.equals(tenantId)) {
            throw new IllegalStateException("tenant already bound to " + this.tenantId);
        }
        this.tenantId = tenantId;
    }

    public boolean isBound() {
        return tenantId != null;
    }

    /** The bound tenant; failing loudly is safer than running a query for nobody. */
    public String require() {
        if (tenantId == null) {
            throw new IllegalStateException("no tenant bound to this request");
        }
        return tenantId;
    }
}
