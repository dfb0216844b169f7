package org.perfportal.assessment.extranet;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for a backbone failure (主干线路破坏) that affects the whole extranet: respond
 * (作出处理/响应) and restore (恢复). The seed contradicts itself — the 考核表 says 1 h / 4 h,
 * the text of 三、(二) says 2 h / 48 h — so both are offered and the tenant's scheme picks one.
 */
public record BackboneLimits(Duration respond, Duration restore) {

    /** The assessment table (考核表): respond within 1 h, restore within 4 h. */
    public static final BackboneLimits ASSESSMENT_TABLE = new BackboneLimits(Duration.ofHours(1), Duration.ofHours(4));

    /** The text of 三、(二) 网络故障: respond within 2 h, restore within 48 h. */
    public static final BackboneLimits MEASURES_TEXT = new BackboneLimits(Duration.ofHours(2), Duration.ofHours(48));

    public BackboneLimits {
        Objects.requireNonNull(respond, "respond");
        Objects.requireNonNull(restore, "restore");
    }
}
