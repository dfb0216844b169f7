package org.perfportal.web.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.perfportal.assessment.extranet.ChargedParty;

/**
 * An illegal internet connection (违规外联): the responsible using unit, the day found, what was found,
 * and who is charged (「对责任单位（或责任人）」: {@code OPERATOR} or {@code RESPONSIBLE_UNIT}).
 */
public record IllegalConnectionDto(@NotNull Long responsibleUnitId, @NotNull LocalDate foundOn,
                                   @NotBlank @Size(max = 1000) String description, @NotNull ChargedParty chargedParty) {
}
