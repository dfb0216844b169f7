package org.perfportal.assessment.extranet;

import java.time.Instant;
import java.util.Objects;

/**
 * A backbone failure (主干线路破坏): the trunk is damaged and the whole extranet is affected
 * (政务网整体受影响); it costs a month of the total fee of all lines, not of one line.
 *
 * @param id        record id
 * @param reported  when the failure was reported to the operator
 * @param responded when the operator responded (作出处理), or null if not yet
 * @param restored  when service was confirmed restored, or null if not yet
 */
public record BackboneFailure(String id, Instant reported, Instant responded, Instant restored) {

    public BackboneFailure {
        Records.requireText(id, "backbone failure id");
        Objects.requireNonNull(reported, "reported time of backbone failure " + id);
        Records.requireNotBefore(responded, reported, "backbone failure " + id + ": response");
        Records.requireNotBefore(restored, reported, "backbone failure " + id + ": restoration");
    }
}
