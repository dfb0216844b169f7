package org.perfportal.tenant;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every entity that belongs to one tenant. EclipseLink fills {@code tenant_id} on
 * insert and adds it to every statement from the persistence context's
 * {@value TenantContext#TENANT_PROPERTY} property, so a query written without a tenant
 * condition still cannot see another tenant's rows; without a tenant bound, it fails.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = TenantContext.TENANT_PROPERTY, length = 40)
public abstract class TenantOwnedEntity {
}
