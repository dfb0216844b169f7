package org.perfportal.assessment.extranet;

import java.time.Duration;
import java.util.Objects;

/**
 * Fault-handling limits of one location class (故障处置时限): time to arrive on site (到达现场)
 * and time to repair (修复故障), both counted from the report of the fault. Only a late repair
 * costs money in the seed; a late arrival is recorded on the sheet without a deduction.
 */
public record FaultLimits(Duration arrive, Duration repair) {

    public FaultLimits {
        Objects.requireNonNull(arrive, "arrive");
        Objects.requireNonNull(repair, "repair");
    }
}
