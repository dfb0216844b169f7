package org.perfportal.web.records.ommonthly;

import java.time.OffsetDateTime;
import java.util.List;
import org.perfportal.assessment.ommonthly.SatisfactionLevel;
import org.perfportal.records.ommonthly.OmSatisfactionForm;

/** A submitted satisfaction form, as filed. */
public record SatisfactionFormView(String id, long unitId, String unit, String month, List<SatisfactionLevel> ratings,
                                   boolean accident, String reasons, String suggestions, OffsetDateTime submittedAt,
                                   String submittedBy) {

    static SatisfactionFormView of(OmSatisfactionForm f) {
        return new SatisfactionFormView(f.recordId(), f.unit().id(), f.unit().name(), f.month(), f.ratings(), f.accident(),
                f.reasons(), f.suggestions(), f.submittedAt(), f.submittedBy());
    }
}
