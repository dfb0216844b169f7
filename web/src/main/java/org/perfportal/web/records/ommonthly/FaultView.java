package org.perfportal.web.records.ommonthly;

import java.time.OffsetDateTime;
import org.perfportal.records.ommonthly.OmFault;

/** A stored fault (故障) with its level 1–4, unit, item and times (UTC), and the version to revise it with. */
public record FaultView(String id, long version, long itemId, String item, long unitId, String unit, int level,
                        String description, OffsetDateTime reported, OffsetDateTime responded, OffsetDateTime restored,
                        OffsetDateTime confirmed, String confirmedBy) {

    static FaultView of(OmFault f) {
        return new FaultView(f.recordId(), f.version(), f.item().id(), f.item().name(), f.item().unit().id(),
                f.item().unit().name(), f.level().ordinal() + 1, f.description(), f.reported(), f.responded(),
                f.restored(), f.confirmed(), f.confirmedBy());
    }
}
