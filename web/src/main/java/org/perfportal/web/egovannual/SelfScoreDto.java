package org.perfportal.web.egovannual;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** A unit's self-score of one indicator (自评分) with its note; {@code version} as read when changing it. */
public record SelfScoreDto(@NotNull BigDecimal selfScore, String note, Long version) {
}
