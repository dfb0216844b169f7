package org.perfportal.assessment.extranet;

import java.time.Instant;
import java.util.Objects;

/**
 * A line fault (线路故障, 断网): the line is down for link reasons. The clock starts at the report
 * of the fault (申报故障时间) and stops at the confirmed restoration (恢复时间以告知政数局并经确认的时间为准,
 * 三、(一) and (五)) — the operator's own repair time is kept for the record but does not stop it.
 *
 * @param id        record id
 * @param lineId    the faulty line
 * @param reported  when the fault was reported to the operator
 * @param arrived   when the operator arrived on site, or null if not yet
 * @param repaired  when the operator says it repaired the fault, or null if not yet
 * @param confirmed when the bureau (政数局) confirmed the restoration, or null if not yet
 */
public record LineFault(String id, String lineId, Instant reported, Instant arrived, Instant repaired, Instant confirmed) {

    public LineFault {
        Records.requireText(id, "fault id");
        Records.requireText(lineId, "line of fault " + id);
        Objects.requireNonNull(reported, "reported time of fault " + id);
        Records.requireNotBefore(arrived, reported, "fault " + id + ": arrival");
        Records.requireNotBefore(repaired, reported, "fault " + id + ": repair");
        Records.requireNotBefore(confirmed, repaired == null ? reported : repaired, "fault " + id + ": confirmation");
    }
}
