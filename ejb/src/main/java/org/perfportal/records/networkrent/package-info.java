/**
 * Pingliang's dedicated-network record book (政务专网维护记录, 政务专网管理办法 第四十条, 第四十四条(一)):
 * the monthly rent, the maintenance incidents with the unit's reminders and the maintainer's
 * arrival, the assessor's rent deductions, and the quarterly settlement computed from them by
 * the pure {@link org.perfportal.assessment.egovannual.NetworkRentRule}.
 */
package org.perfportal.records.networkrent;
