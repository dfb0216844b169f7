package org.perfportal.records.ommonthly;

import jakarta.enterprise.context.ApplicationScoped;
import org.perfportal.fiscal.LinkedFigure;
import org.perfportal.fiscal.LinkedMeasure;

/** SLA 达标率 of the record book: faults restored within their level's limit ÷ faults decided. How it is read: {@link OmYearFigures#slaCompliance}. */
@ApplicationScoped
public class OmSlaComplianceRate extends OmLinkedFigure {

    @Override
    public LinkedFigure figure() {
        return LinkedFigure.SLA_COMPLIANCE_RATE;
    }

    @Override
    public LinkedMeasure measure(int year) {
        return figures().slaCompliance(year);
    }
}
