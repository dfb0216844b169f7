package org.perfportal.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method anyone may call without a token: only what a browser needs before it can log
 * in (the tenant list of the landing page, a tenant's realm and Keycloak URL). {@link BearerTokenFilter}
 * lets such a method through unauthenticated and binds no tenant, so it must answer nothing
 * tenant-owned. Every other method still needs {@link AllowedRoles}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicAccess {
}
