/**
 * Tenancy (租户): the registry of agencies sharing the portal and the mechanism that keeps
 * their data apart.
 *
 * <p>Isolation is EclipseLink's {@code @Multitenant(SINGLE_TABLE)}: every tenant-owned table
 * has a {@code tenant_id} column that EclipseLink adds to every JPQL, Criteria, {@code find()}
 * and bulk statement from the persistence context's tenant property. We chose it over one
 * schema per tenant because a new agency then needs no DDL, one Liquibase run serves all
 * tenants, and one connection pool is shared; the price — native SQL is not filtered — is
 * paid by not using native SQL against tenant-owned tables.
 *
 * <p>Onboarding (租户开通, {@link org.perfportal.tenant.TenantOnboarding}) is what "no DDL" buys: a
 * registry row, a Keycloak realm rendered from the one realm template, and the template schemes
 * of the kinds enabled, in one all-or-nothing call of the platform operator.
 */
package org.perfportal.tenant;
