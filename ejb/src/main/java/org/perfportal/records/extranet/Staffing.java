package org.perfportal.records.extranet;

import java.time.LocalDate;
import java.util.List;

/**
 * The operator's staffing on one day (运维人员配备), checked against 三、(一) 网络维护: at least two
 * people dedicated to the extranet (确保至少两人专职负责电子政务外网运维), every staff change
 * notified in writing (如有人员变动需以书面形式通知). The seed attaches no deduction to either,
 * so this is a finding for the assessor, not a line on the sheet. The minimum is the scheme's
 * {@code minimumMaintainers} (Default 2) of the version in force on the day.
 *
 * @param day                     the day checked
 * @param onDuty                  the maintainers on duty that day
 * @param minimum                 how many the scheme in force that day requires
 * @param meetsMinimum            whether at least {@code minimum} are on duty
 * @param changesWithoutNotice    ids of staff changes up to that day without a written notice
 */
public record Staffing(LocalDate day, List<Maintainer> onDuty, int minimum, boolean meetsMinimum, List<String> changesWithoutNotice) {

    public Staffing {
        onDuty = List.copyOf(onDuty);
        changesWithoutNotice = List.copyOf(changesWithoutNotice);
    }

    static Staffing on(LocalDate day, int minimum, List<Maintainer> maintainers, List<StaffChange> changes) {
        List<Maintainer> onDuty = maintainers.stream().filter(m -> m.onDuty(day)).toList();
        List<String> unnotified = changes.stream()
                .filter(change -> !change.changedOn().isAfter(day) && change.writtenNoticeOn() == null)
                .map(StaffChange::id)
                .toList();
        return new Staffing(day, onDuty, minimum, onDuty.size() >= minimum, unnotified);
    }
}
