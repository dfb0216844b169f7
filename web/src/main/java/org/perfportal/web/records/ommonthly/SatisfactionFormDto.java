package org.perfportal.web.records.ommonthly;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A unit's satisfaction form (附件4.1) for a month: five ratings in the form's order, each
 * {@code SATISFIED} (满意), {@code BASICALLY_SATISFIED} (基本满意), {@code AVERAGE} (一般) or
 * {@code DISSATISFIED} (不满意); whether an O&amp;M accident happened; reasons and suggestions.
 */
public record SatisfactionFormDto(@NotNull Long contractId, @NotNull Long unitId, @NotBlank String month,
                                  @NotNull List<String> ratings, @NotNull Boolean accident,
                                  @Size(max = 2000) String reasons, @Size(max = 2000) String suggestions) {
}
