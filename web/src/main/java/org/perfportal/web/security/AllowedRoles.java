package org.perfportal.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The realm roles that may call a resource method, checked by {@link BearerTokenFilter}
 * against the verified token. Not {@code @AllowedRoles}: Payara would also enforce that one
 * against its own (empty) container principal, since tokens of many realms are verified here.
 * A method without it is refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedRoles {

    String[] value();
}
