package org.perfportal.web.egovannual;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;

/** An incident's progress: every reminder so far and the arrival, with the incident's version as read. */
public record IncidentFollowUpDto(List<OffsetDateTime> reminders, OffsetDateTime arrivedAt, @NotNull Long version) {
}
