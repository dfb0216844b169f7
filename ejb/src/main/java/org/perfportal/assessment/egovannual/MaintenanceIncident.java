package org.perfportal.assessment.egovannual;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A dedicated-network maintenance incident (专网故障报修): an access unit reports a fault to the
 * telecom operator, may urge it (督促) while nobody comes, and records when the maintainer
 * arrived. The reminders are kept as times so that only reminders made before the arrival
 * count ("累计督促三次，维护人员仍未按时到达").
 *
 * @param id         the incident's id (the trace lines name it)
 * @param unit       the access unit (接入单位)
 * @param location   city or township, which sets the arrival limit
 * @param reportedAt when the operator received the report
 * @param arrivedAt  when the maintainer arrived, {@code null} if nobody came
 * @param reminders  when the unit urged the operator, any order
 */
public record MaintenanceIncident(String id, String unit, NetworkLocation location, Instant reportedAt,
                                  Instant arrivedAt, List<Instant> reminders) {

    public MaintenanceIncident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(reportedAt, "reportedAt");
        reminders = List.copyOf(reminders);
    }

    /** Reminders made while the maintainer had not yet arrived. */
    public long remindersBeforeArrival() {
        return reminders.stream().filter(at -> arrivedAt == null || at.isBefore(arrivedAt)).count();
    }
}
