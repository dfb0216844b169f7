package org.perfportal.web.egovannual;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.perfportal.assessment.egovannual.NetworkLocation;
import org.perfportal.assessment.egovannual.RentDeductionGround;
import org.perfportal.records.networkrent.DeductionRecord;
import org.perfportal.records.networkrent.IncidentRecord;

/** A maintenance incident (专网故障报修记录) with its reminders, arrival and the deductions decided on it. */
public record IncidentView(String id, long unitId, String unitName, NetworkLocation location, String place, String call,
                           OffsetDateTime reportedAt, List<OffsetDateTime> reminders, OffsetDateTime arrivedAt, long version,
                           List<DeductionView> deductions) {

    /** A deduction decided on the incident. */
    public record DeductionView(String id, String incident, RentDeductionGround ground, String groundName, BigDecimal percentage,
                                String reason, String decidedBy) {

        static DeductionView of(DeductionRecord d) {
            return new DeductionView(d.recordId(), d.incident().recordId(), d.ground(), d.ground().chinese(), d.percentage(),
                    d.reason(), d.decidedBy());
        }
    }

    static IncidentView of(IncidentRecord i, List<DeductionRecord> deductions) {
        return new IncidentView(i.recordId(), i.unit().id(), i.unit().name(), i.location(), i.place(), i.callNote(),
                i.reportedAt(), i.reminders(), i.arrivedAt(), i.version(),
                deductions.stream().filter(d -> d.incident().id().equals(i.id())).map(DeductionView::of).toList());
    }
}
