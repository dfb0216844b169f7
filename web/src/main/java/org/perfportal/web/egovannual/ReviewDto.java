package org.perfportal.web.egovannual;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.perfportal.assessment.egovannual.ReviewSource;

/**
 * The group's review of one indicator (核定分): the reviewed score, the reason (required where it
 * differs from the self-score), the sources used ({@code DAILY_MONITORING}, {@code NETWORK_USE_NOTICE},
 * {@code BEST_SUB_SITE_RATING}, {@code SPOT_CHECK}) and the score's version as read.
 */
public record ReviewDto(@NotNull BigDecimal reviewedScore, String reason, List<ReviewSource> sources, @NotNull Long version) {
}
