/**
 * Record books (考核记录台账) of the tenants: what every stored record has in common
 * ({@link org.perfportal.records.StoredRecord}); each assessment kind's book in its sub-package
 * ({@code ommonthly}, {@code extranet}, {@code networkrent}). The books depend on
 * {@code assessment} (they hand the rules its value types through the {@code …RecordSource}
 * ports declared there), never the reverse.
 */
package org.perfportal.records;
