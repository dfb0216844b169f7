/**
 * Record books (考核记录台账) of the tenants: what every stored record and evidence file has in
 * common ({@link org.perfportal.records.StoredRecord}, {@link org.perfportal.records.StoredFile});
 * each tenant's book in its sub-package ({@code ordos}, {@code luohe}).
 */
package org.perfportal.records;
