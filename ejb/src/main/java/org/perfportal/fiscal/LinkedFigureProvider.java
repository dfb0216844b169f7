package org.perfportal.fiscal;

/**
 * Service provider interface of a {@link LinkedFigure}: a bean of a records capability that
 * measures one figure of the current tenant's records for a year. The fiscal capability finds the
 * providers through CDI ({@code Instance<LinkedFigureProvider>}), so it compiles and deploys
 * without any, and a new source of figures is a new bean, not a change here. Providers read
 * through the tenant-bound persistence context, so a tenant only ever links its own records.
 */
public interface LinkedFigureProvider {

    /** The figure this provider measures. */
    LinkedFigure figure();

    /**
     * The figure for {@code year} (a calendar year in Asia/Shanghai), with a source text naming
     * the records behind it, e.g. {@code 漯河运维记录 2026年：可判定故障 50 起，47 起在其等级时限内恢复}; a
     * measure without a value when the year has nothing to measure.
     */
    LinkedMeasure measure(int year);
}
