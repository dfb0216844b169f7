package org.perfportal.records.extranet;

import java.time.LocalDate;

/**
 * A dedicated maintainer (专职运维人员) as read back from the book.
 *
 * @param id          record id, e.g. {@code maintainer-3}
 * @param name        the named person
 * @param phone       contact phone (运维服务联系电话)
 * @param appointedOn the day appointed
 * @param leftOn      the day they left, or null while on duty
 */
public record Maintainer(String id, String name, String phone, LocalDate appointedOn, LocalDate leftOn) {

    boolean onDuty(LocalDate day) {
        return !appointedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
