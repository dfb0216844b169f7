package org.perfportal.assessment.ommonthly;

import java.time.Instant;
import java.util.Objects;

/**
 * A fault (故障) of a system, with the instants the limits are measured between
 * (以实际响应时间和故障修复时间为准).
 *
 * @param id        record id, named by trace lines and exemptions
 * @param systemId  the system concerned
 * @param level     fault level
 * @param reported  when the fault was reported (the limits run from here)
 * @param responded when the vendor responded, {@code null} if not yet
 * @param restored  when service was restored, {@code null} if not yet
 */
public record Fault(String id, String systemId, FaultLevel level, Instant reported, Instant responded, Instant restored) {

    public Fault {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reported, "reported");
    }
}
