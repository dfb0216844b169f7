/**
 * What every capability shares: the domain exceptions the web layer turns into
 * {@code application/problem+json} answers, and small value helpers.
 */
package org.perfportal.shared;
