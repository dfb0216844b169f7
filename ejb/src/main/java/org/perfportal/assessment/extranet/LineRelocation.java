package org.perfportal.assessment.extranet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An approved line relocation (单位搬迁迁移): the using unit moved and the operator must move the
 * line and restore normal use within 15 working days after the move ends (搬迁结束后 15 个工作日内).
 * Dates, not instants, because the limit counts working days.
 *
 * @param id              record id
 * @param lineId          the relocated line
 * @param moveFinished    the day the unit's move ended
 * @param serviceRestored the day normal use was restored, or null if not yet
 */
public record LineRelocation(String id, String lineId, LocalDate moveFinished, LocalDate serviceRestored) {

    public LineRelocation {
        Records.requireText(id, "relocation id");
        Records.requireText(lineId, "line of relocation " + id);
        Objects.requireNonNull(moveFinished, "move end of relocation " + id);
        if (serviceRestored != null && serviceRestored.isBefore(moveFinished)) {
            throw new IllegalArgumentException("relocation " + id + ": restored " + serviceRestored
                    + " before the move ended " + moveFinished);
        }
    }
}
