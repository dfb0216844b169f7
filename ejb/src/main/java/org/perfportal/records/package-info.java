/**
 * Record books (考核记录台账) of the tenants: what every stored record and evidence file has in
 * common ({@link org.perfportal.records.StoredRecord}, {@link org.perfportal.records.StoredFile});
 * each tenant's book in its sub-package ({@code ordos}, {@code luohe}); and the port through which
 * the books learn which periods are closed because their result is final
 * ({@link org.perfportal.records.ClosedPeriods}, answered by the assessment capability).
 */
package org.perfportal.records;
