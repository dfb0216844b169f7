/**
 * Identity (身份): who is calling, for which tenant, in which roles. Each tenant signs its
 * users in with its own Keycloak realm; a bearer token is accepted only when its signature
 * verifies against that realm's published keys and its issuer is exactly that realm.
 * MicroProfile JWT accepts a single issuer, so verification is done here with Nimbus JOSE+JWT.
 */
package org.perfportal.identity;
