package org.perfportal.web.egovannual;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The dedicated network's rent of a month (月度专网租赁费), yuan to the fen; {@code version} as read when changing it. */
public record RentDto(@NotNull BigDecimal rent, Long version) {
}
