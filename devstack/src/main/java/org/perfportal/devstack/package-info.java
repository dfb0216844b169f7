/**
 * The portal on one machine: an embedded PostgreSQL, Keycloak with one realm per tenant, and
 * Payara with the EAR deployed, started in that order and stopped in reverse. The README's
 * run command and the integration tests start the same stack, each on its own ports.
 */
package org.perfportal.devstack;
