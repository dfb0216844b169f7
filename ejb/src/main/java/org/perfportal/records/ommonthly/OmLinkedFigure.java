package org.perfportal.records.ommonthly;

import jakarta.inject.Inject;
import java.time.Clock;
import org.perfportal.assessment.ommonthly.OmSchemeCodec;
import org.perfportal.fiscal.LinkedFigureProvider;
import org.perfportal.scheme.SchemeService;
import org.perfportal.tenant.TenantEntityManager;
import org.perfportal.tenant.TenantRegistry;

/**
 * What the record book's linked figures (关联指标数据来源) share: the current tenant's records
 * through the tenant-bound persistence context, the Luohe scheme in force on each day (its fault
 * limits decide what was on time), and the tenant's name to say whose records a value came from.
 */
abstract class OmLinkedFigure implements LinkedFigureProvider {

    @Inject
    private Clock clock;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private SchemeService schemes;

    @Inject
    private OmSchemeCodec codec;

    @Inject
    private TenantRegistry registry;


    /** The year's figures of the current tenant's record book, as of now. */
    OmYearFigures figures() {
        return new OmYearFigures(tenantEm.get(),
                day -> schemes.inForce(codec, day).parameters(),
                registry.currentDisplayName() + "运维记录", clock.instant());
    }
}
