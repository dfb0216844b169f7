package org.perfportal.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks an integration test of the deployed portal: PostgreSQL and Keycloak first, then
 * Arquillian's Payara with the real EAR (see {@link Deployments}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({PortalStack.class, ArquillianExtension.class})
public @interface PortalIT {
}
