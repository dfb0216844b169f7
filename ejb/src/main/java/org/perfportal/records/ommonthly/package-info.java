/**
 * The Luohe record book (漯河运维考核记录, seed 002 附件3/4.1/4.2): faults, vulnerabilities, routine
 * work (visits, inspections, backups with their path, scans with their uploaded report), archive
 * catalogues and documents, the units' satisfaction forms, the assessor's deduction items and money
 * penalties and the approver's force-majeure exemptions, as the vendor, units, assessor and
 * approver enter them during the contract month; and the units' logins bound to their unit.
 *
 * <p>Kept apart from {@code assessment.luohe} (the pure rules) because records outlive any one
 * computation. {@link org.perfportal.records.ommonthly.OmRecordBook#monthRecords} turns one contract
 * month of stored rows into the rules' input {@link org.perfportal.assessment.ommonthly.OmMonthRecords}:
 * units are identified by their {@code using_unit} id and systems by their {@code om_item} id (in
 * decimal), records by {@code kind-id} ({@code fault-12}).
 */
package org.perfportal.records.ommonthly;
