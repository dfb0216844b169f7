package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;

/**
 * Documents score (运维资料归档, 10 points): points × present ÷ required over the unit's archive
 * catalogue (缺失 1 份按相应比例扣分). An empty catalogue requires nothing and earns full points.
 */
public final class DocumentsRule {

    static final String CLAUSE = "附件4.2 运维资料考核";
    private static final int RATIO_SCALE = 10;

    private final OmSchemeParameters parameters;

    public DocumentsRule(OmSchemeParameters parameters) {
        this.parameters = parameters;
    }

    public TracedValue score(DocumentCatalogue catalogue) {
        BigDecimal points = catalogue.required() == 0 ? parameters.documentsPoints()
                : parameters.documentsPoints().multiply(BigDecimal.valueOf(catalogue.present()))
                        .divide(BigDecimal.valueOf(catalogue.required()), RATIO_SCALE, RoundingMode.HALF_UP);
        return TracedValue.sumOf(List.of(TraceLine.of("DOCUMENTS", CLAUSE,
                "应归档资料 " + catalogue.required() + " 份，已归档 " + catalogue.present() + " 份",
                Measure.POINTS, points, List.of())));
    }
}
