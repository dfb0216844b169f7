package org.perfportal.records.networkrent;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.perfportal.assessment.egovannual.NetworkLocation;
import org.perfportal.assessment.egovannual.NetworkRentRule;
import org.perfportal.assessment.egovannual.EgovAnnualSchemeCodec;
import org.perfportal.assessment.egovannual.EgovAnnualSchemeParameters;
import org.perfportal.assessment.egovannual.QuarterSettlement;
import org.perfportal.assessment.egovannual.RentDeduction;
import org.perfportal.assessment.egovannual.RentDeductionGround;
import org.perfportal.assessment.egovannual.RentMonth;
import org.perfportal.contract.UsingUnit;
import org.perfportal.contract.UsingUnitService;
import org.perfportal.identity.Role;
import org.perfportal.identity.VerifiedCaller;
import org.perfportal.records.PastOnly;
import org.perfportal.scheme.AppliedScheme;
import org.perfportal.scheme.SchemeService;
import org.perfportal.shared.ConflictException;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.tenant.TenantEntityManager;

/**
 * Keeps Pingliang's dedicated-network book (政务专网维护记录) and settles its quarters: the
 * monthly rent, the incidents (a unit reports only its own; the assessor any), the assessor's
 * deductions — each checked by {@link NetworkRentRule} against the month it falls in before it
 * is stored — and the quarterly settlement (按季度核定拨付). The rules are the published
 * {@code egov-annual} scheme in force on the first day of the month or quarter. An incident's
 * times are never in the future (400 naming the field, the rule of every book: {@link PastOnly}).
 */
@Stateless
public class NetworkRentBook {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private SchemeService schemes;

    @Inject
    private EgovAnnualSchemeCodec codec;

    @Inject
    private UsingUnitService units;

    @Inject
    private Clock clock;

    /** Sets the rent of a month (upsert); a change needs the version read. */
    public MonthlyRent setRent(String monthLabel, BigDecimal rent, Long expectedVersion) {
        YearMonth month = month(monthLabel);
        new RentMonth(month, rent, List.of(), List.of());
        MonthlyRent stored = rent(month).orElse(null);
        if (stored == null) {
            stored = new MonthlyRent(month, rent);
            tenantEm.get().persist(stored);
        } else {
            if (expectedVersion == null) {
                throw new InvalidFieldException("version", "the rent of " + month + " is set: send the version you read");
            }
            StaleVersion.check("rent", stored.version(), expectedVersion);
            stored.revise(rent);
        }
        tenantEm.get().flush();
        return stored;
    }

    public List<MonthlyRent> rents() {
        return tenantEm.get().createQuery("SELECT r FROM MonthlyRent r ORDER BY r.month", MonthlyRent.class).getResultList();
    }

    /** Records an incident; a {@code unit} user reports only for its own unit. */
    public IncidentRecord report(VerifiedCaller caller, long unitId, NetworkLocation location, String place, String callNote,
                                 OffsetDateTime reportedAt, List<OffsetDateTime> reminders, OffsetDateTime arrivedAt) {
        if (!caller.hasRole(Role.ASSESSOR)) {
            caller.requireSpeaksFor(unitId);
        }
        UsingUnit unit = units.find(unitId);
        IncidentRecord incident = new IncidentRecord(unit, location, place, callNote, reportedAt);
        incident.follow(reminders, arrivedAt);
        PastOnly.time(clock.instant(), "reportedAt", reportedAt);
        refuseFuture(reminders, arrivedAt);
        tenantEm.get().persist(incident);
        tenantEm.get().flush();
        return incident;
    }

    /** Completes an incident: the reminders so far and the arrival, from the version read. */
    public IncidentRecord follow(VerifiedCaller caller, String incidentId, List<OffsetDateTime> reminders,
                                 OffsetDateTime arrivedAt, long expectedVersion) {
        IncidentRecord incident = incident(incidentId);
        if (!caller.hasRole(Role.ASSESSOR)) {
            caller.requireSpeaksFor(incident.unit().id());
        }
        StaleVersion.check("incident", incident.version(), expectedVersion);
        if (!deductions(List.of(incident)).isEmpty()) {
            throw new ConflictException("status", incident.recordId() + " has a deduction decided on it and is closed");
        }
        incident.follow(reminders, arrivedAt);
        refuseFuture(reminders, arrivedAt);
        tenantEm.get().flush();
        return incident;
    }

    /** An incident logs what happened: a reminder or an arrival after now is 400 naming it ({@link PastOnly}). */
    private void refuseFuture(List<OffsetDateTime> reminders, OffsetDateTime arrivedAt) {
        Instant now = clock.instant();
        if (reminders != null) {
            for (int i = 0; i < reminders.size(); i++) {
                PastOnly.time(now, "reminders[" + i + "]", reminders.get(i));
            }
        }
        PastOnly.time(now, "arrivedAt", arrivedAt);
    }

    /**
     * The assessor's deduction for an incident: the whole month, this deduction included, goes
     * through {@link NetworkRentRule}, so a percentage outside the ground's range, a missing
     * reason or a missed-arrival deduction on an incident that does not qualify is refused
     * naming its field, and nothing is stored.
     */
    public DeductionRecord deduct(VerifiedCaller caller, String incidentId, RentDeductionGround ground, BigDecimal percentage,
                                  String reason) {
        IncidentRecord incident = incident(incidentId);
        if (ground == null) {
            throw new InvalidFieldException("ground", "one of " + List.of(RentDeductionGround.values()) + " is required");
        }
        if (percentage == null) {
            throw new InvalidFieldException("percentage", "the percentage of the month's rent is required");
        }
        AppliedScheme<EgovAnnualSchemeParameters> scheme = scheme(incident.reportedAt().toLocalDate());
        YearMonth month = monthOf(incident, scheme.parameters().zone());
        List<IncidentRecord> incidents = incidentsOf(month, scheme.parameters().zone());
        List<RentDeduction> decided = new ArrayList<>(deductions(incidents).stream().map(DeductionRecord::toDeduction).toList());
        decided.add(new RentDeduction("new", incident.recordId(), ground, percentage, reason));
        BigDecimal rent = rent(month).map(MonthlyRent::rent).orElse(BigDecimal.ZERO);
        new NetworkRentRule(scheme.parameters()).monthDeductions(new RentMonth(month, rent,
                incidents.stream().map(IncidentRecord::toIncident).toList(), decided));
        DeductionRecord deduction = new DeductionRecord(incident, ground, percentage, reason, caller.username());
        tenantEm.get().persist(deduction);
        tenantEm.get().flush();
        return deduction;
    }

    /** The incidents reported in a month (tenant zone), or all when {@code monthLabel} is null. */
    public List<IncidentRecord> incidents(String monthLabel) {
        if (monthLabel == null || monthLabel.isBlank()) {
            return tenantEm.get().createQuery("SELECT i FROM IncidentRecord i ORDER BY i.reportedAt, i.id", IncidentRecord.class)
                    .getResultList();
        }
        YearMonth month = month(monthLabel);
        return incidentsOf(month, scheme(month.atDay(1)).parameters().zone());
    }

    public IncidentRecord incident(String recordId) {
        Long id = recordId != null && recordId.matches("incident-\\d{1,18}") ? Long.valueOf(recordId.substring(9)) : null;
        IncidentRecord incident = id == null ? null : tenantEm.get().find(IncidentRecord.class, id);
        if (incident == null) {
            throw new RecordNotFoundException("id", "no incident " + recordId + " in this tenant");
        }
        return incident;
    }

    public List<DeductionRecord> deductions(List<IncidentRecord> incidents) {
        if (incidents.isEmpty()) {
            return List.of();
        }
        return tenantEm.get().createQuery("SELECT d FROM DeductionRecord d WHERE d.incident IN :incidents ORDER BY d.id",
                DeductionRecord.class).setParameter("incidents", incidents).getResultList();
    }

    /** The quarter's settlement ({@code 2026-Q1}); a month without rent is 409 {@code months}. */
    public RentSettlement settle(String quarterLabel) {
        Matcher quarter = QUARTER.matcher(quarterLabel == null ? "" : quarterLabel.strip());
        if (!quarter.matches()) {
            throw new InvalidFieldException("quarter", "a quarter is written like 2026-Q1, was " + quarterLabel);
        }
        YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2);
        AppliedScheme<EgovAnnualSchemeParameters> scheme = scheme(first.atDay(1));
        ZoneId zone = scheme.parameters().zone();
        List<RentMonth> months = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            YearMonth month = first.plusMonths(i);
            MonthlyRent rent = rent(month).orElseThrow(() -> new ConflictException("months", "no rent recorded for " + month));
            List<IncidentRecord> incidents = incidentsOf(month, zone);
            months.add(new RentMonth(month, rent.rent(), incidents.stream().map(IncidentRecord::toIncident).toList(),
                    deductions(incidents).stream().map(DeductionRecord::toDeduction).toList()));
        }
        QuarterSettlement settlement = new NetworkRentRule(scheme.parameters()).settle(months);
        return new RentSettlement(quarterLabel.strip(), scheme.versionLabel(), settlement.rent().lines(),
                settlement.deductions().lines(), settlement.rent().value().setScale(2, RoundingMode.HALF_UP),
                settlement.deductionTotal(), settlement.payable());
    }

    private List<IncidentRecord> incidentsOf(YearMonth month, ZoneId zone) {
        OffsetDateTime from = month.atDay(1).atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
        return tenantEm.get().createQuery("SELECT i FROM IncidentRecord i WHERE i.reportedAt >= :from AND i.reportedAt < :to"
                        + " ORDER BY i.reportedAt, i.id", IncidentRecord.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    private Optional<MonthlyRent> rent(YearMonth month) {
        return tenantEm.get().createQuery("SELECT r FROM MonthlyRent r WHERE r.month = :month", MonthlyRent.class)
                .setParameter("month", month.toString()).getResultStream().findFirst();
    }

    private static YearMonth monthOf(IncidentRecord incident, ZoneId zone) {
        return YearMonth.from(incident.reportedAt().atZoneSameInstant(zone));
    }

    private AppliedScheme<EgovAnnualSchemeParameters> scheme(LocalDate day) {
        return schemes.inForce(codec, day);
    }

    private static YearMonth month(String label) {
        try {
            return YearMonth.parse(label == null ? "" : label.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("month", "a month is written like 2026-03, was " + label);
        }
    }
}
