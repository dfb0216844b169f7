package org.perfportal.web.egovannual;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import org.perfportal.assessment.egovannual.NetworkLocation;

/**
 * A maintenance incident (专网故障报修) as reported: the access unit, {@code CITY} or {@code TOWNSHIP},
 * the place, the report call (who called the operator, which number), when it was reported, the
 * reminders (督促) so far and the arrival, if any. ISO-8601 timestamps with offset.
 */
public record IncidentDto(@NotNull Long unitId, @NotNull NetworkLocation location, String place, String call,
                          @NotNull OffsetDateTime reportedAt, List<OffsetDateTime> reminders, OffsetDateTime arrivedAt) {
}
