/**
 * Pingliang's documents: the annual ranking table (年度电子政务工作考核排名表, DOMAIN §6 item 6), filled
 * from the data records the web layer maps from the published (or draft) ranking.
 */
package org.perfportal.reports.egovannual;
