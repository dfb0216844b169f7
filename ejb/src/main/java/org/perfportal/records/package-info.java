/**
 * Record books (考核记录台账) of the tenants: what every stored record has in common
 * ({@link org.perfportal.records.StoredRecord}); each assessment kind's book in its sub-package
 * ({@code ommonthly}, {@code extranet}, {@code networkrent}). The books depend on
 * {@code assessment} (they hand the rules its value types through the {@code …RecordSource}
 * ports declared there), never the reverse; among them {@link org.perfportal.assessment.ClosedPeriods}, through which a book
 * learns which periods are closed because their result is final.
 */
package org.perfportal.records;
