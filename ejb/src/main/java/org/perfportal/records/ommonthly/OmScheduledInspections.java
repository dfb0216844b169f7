package org.perfportal.records.ommonthly;

import jakarta.enterprise.context.ApplicationScoped;
import org.perfportal.fiscal.LinkedFigure;
import org.perfportal.fiscal.LinkedMeasure;

/** 巡检完成率 of the record book: inspections done ÷ inspections the scheme's schedule expects. How it is read: {@link OmYearFigures#scheduledInspections}. */
@ApplicationScoped
public class OmScheduledInspections extends OmLinkedFigure {

    @Override
    public LinkedFigure figure() {
        return LinkedFigure.SCHEDULED_INSPECTIONS_DONE;
    }

    @Override
    public LinkedMeasure measure(int year) {
        return figures().scheduledInspections(year);
    }
}
