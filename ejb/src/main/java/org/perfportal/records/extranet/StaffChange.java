package org.perfportal.records.extranet;

import java.time.LocalDate;

/**
 * A change of the operator's staff (人员变动) as read back from the book.
 *
 * @param id              record id, e.g. {@code staff-change-4}
 * @param changedOn       the day of the change
 * @param description     what changed
 * @param writtenNoticeOn the day of the written notice (书面通知), or null if none was given
 */
public record StaffChange(String id, LocalDate changedOn, String description, LocalDate writtenNoticeOn) {
}
