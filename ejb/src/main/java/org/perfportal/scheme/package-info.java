/**
 * Schemes (考核办法): a tenant's assessment rules as versioned documents. A scheme is a kind
 * (which rule set reads it, e.g. {@code extranet-half-year}) plus a JSON parameter document that a
 * per-kind {@link org.perfportal.scheme.SchemeCodec} validates and turns into the kind's
 * parameter record. Published versions never change, so a result that names the version it
 * used can always be explained again.
 */
package org.perfportal.scheme;
