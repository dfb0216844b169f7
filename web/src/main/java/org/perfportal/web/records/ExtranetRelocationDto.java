package org.perfportal.web.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A line relocation (单位搬迁迁移): the day the move finished and, once done, the day service was restored. */
public record ExtranetRelocationDto(@NotBlank String line, @NotNull LocalDate moveFinished, LocalDate serviceRestored) {
}
