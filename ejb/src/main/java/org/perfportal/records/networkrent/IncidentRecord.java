package org.perfportal.records.networkrent;

import org.perfportal.shared.CreationStampListener;
import org.perfportal.shared.CreationStamped;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.perfportal.assessment.egovannual.MaintenanceIncident;
import org.perfportal.assessment.egovannual.NetworkLocation;
import org.perfportal.contract.UsingUnit;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.tenant.TenantOwnedEntity;

/**
 * A dedicated-network maintenance incident as recorded (专网故障报修记录): the access unit, city or
 * township, where exactly, the report call (who called whom), when the operator was called, the
 * unit's reminders (督促) and the maintainer's arrival. Reminders and arrival are completed by a
 * later edit with the version read; times are stored in UTC.
 */
@Entity
@Table(name = "network_rent_incident")
@EntityListeners(CreationStampListener.class)
public class IncidentRecord extends TenantOwnedEntity implements CreationStamped {

    private static final String SEPARATOR = ",";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private UsingUnit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "location", nullable = false, length = 10)
    private NetworkLocation location;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "call_note", length = 500)
    private String callNote;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    @Column(name = "arrived_at")
    private OffsetDateTime arrivedAt;

    @Column(name = "reminders", nullable = false, length = 2000)
    private String reminders;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected IncidentRecord() {
    }

    IncidentRecord(UsingUnit unit, NetworkLocation location, String place, String callNote, OffsetDateTime reportedAt) {
        if (place == null || place.isBlank()) {
            throw new InvalidFieldException("place", "say where the fault is (e.g. 崆峒区政府机房)");
        }
        this.unit = unit;
        this.location = location;
        this.place = place.strip();
        this.callNote = callNote == null || callNote.isBlank() ? null : callNote.strip();
        this.reportedAt = reportedAt.withOffsetSameInstant(ZoneOffset.UTC);
        this.reminders = "";
    }

    /** Records the reminders made so far and the arrival, if any; neither may precede the report. */
    void follow(List<OffsetDateTime> reminderTimes, OffsetDateTime arrival) {
        if (reminderTimes.stream().anyMatch(at -> at.isBefore(reportedAt))) {
            throw new InvalidFieldException("reminders", "a reminder cannot precede the report at " + reportedAt);
        }
        if (arrival != null && arrival.isBefore(reportedAt)) {
            throw new InvalidFieldException("arrivedAt", "the maintainer cannot arrive before the report at " + reportedAt);
        }
        this.reminders = reminderTimes.stream().map(at -> at.toInstant().toString()).sorted().collect(Collectors.joining(SEPARATOR));
        this.arrivedAt = arrival == null ? null : arrival.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The incident as the pure rent rule reads it. */
    public MaintenanceIncident toIncident() {
        return new MaintenanceIncident(recordId(), unit.name(), location, reportedAt.toInstant(),
                arrivedAt == null ? null : arrivedAt.toInstant(), reminderInstants());
    }

    private List<Instant> reminderInstants() {
        return reminders.isEmpty() ? List.of() : Arrays.stream(reminders.split(SEPARATOR)).map(Instant::parse).toList();
    }

    /** The id the API and the trace lines use, e.g. {@code incident-12}. */
    public String recordId() {
        return "incident-" + id;
    }

    public Long id() {
        return id;
    }

    public UsingUnit unit() {
        return unit;
    }

    public NetworkLocation location() {
        return location;
    }

    public String place() {
        return place;
    }

    public String callNote() {
        return callNote;
    }

    public OffsetDateTime reportedAt() {
        return reportedAt;
    }

    public OffsetDateTime arrivedAt() {
        return arrivedAt;
    }

    public List<OffsetDateTime> reminders() {
        return reminderInstants().stream().map(at -> at.atOffset(ZoneOffset.UTC)).toList();
    }

    public long version() {
        return version;
    }

    @Override
    public void stampCreation(OffsetDateTime at) {
        if (createdAt == null) {
            createdAt = at;
        }
    }
}
