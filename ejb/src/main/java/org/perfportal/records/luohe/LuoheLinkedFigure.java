package org.perfportal.records.luohe;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import org.perfportal.assessment.luohe.LuoheSchemeParameters;
import org.perfportal.fiscal.LinkedFigureProvider;
import org.perfportal.scheme.SchemeCodec;
import org.perfportal.scheme.SchemeService;
import org.perfportal.tenant.TenantContext;
import org.perfportal.tenant.TenantEntityManager;
import org.perfportal.tenant.TenantRegistry;

/**
 * What the record book's linked figures (关联指标数据来源) share: the current tenant's records
 * through the tenant-bound persistence context, the Luohe scheme in force on each day (the
 * record book's own fallback to {@code luohe-2025} while no Luohe scheme kind is installed), and
 * the tenant's name to say whose records a value came from.
 */
abstract class LuoheLinkedFigure implements LinkedFigureProvider {

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private SchemeService schemes;

    @Inject
    private Instance<SchemeCodec<LuoheSchemeParameters>> codecs;

    @Inject
    private TenantRegistry registry;

    @Inject
    private TenantContext tenant;

    /** The year's figures of the current tenant's record book, as of now. */
    LuoheYearFigures figures() {
        return new LuoheYearFigures(tenantEm.get(),
                day -> codecs.isUnsatisfied() ? LuoheSchemeParameters.luohe2025() : schemes.inForce(codecs.get(), day).parameters(),
                registry.requireActive(tenant.require()).displayName() + " records", Instant.now());
    }
}
