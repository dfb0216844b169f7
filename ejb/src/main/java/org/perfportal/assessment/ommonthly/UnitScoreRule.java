package org.perfportal.assessment.ommonthly;

/**
 * The unit total (使用单位得分): applies the four part rules of 附件4.2 to one unit's month.
 * Kept apart from the vendor score because the sheet (附件4.2 filled in per unit) prints it.
 */
public final class UnitScoreRule {

    private final SatisfactionRule satisfaction;
    private final RoutineWorkRule routineWork;
    private final AnomalyHandlingRule anomalyHandling;
    private final DocumentsRule documents;

    public UnitScoreRule(OmSchemeParameters parameters) {
        this.satisfaction = new SatisfactionRule(parameters);
        this.routineWork = new RoutineWorkRule(parameters);
        this.anomalyHandling = new AnomalyHandlingRule(parameters);
        this.documents = new DocumentsRule(parameters);
    }

    public UnitScore score(UnitMonthRecords unit, AssessmentMonth month, Exemptions exemptions) {
        return new UnitScore(unit.unitId(),
                satisfaction.score(unit.satisfactionForm()),
                routineWork.score(unit, month),
                anomalyHandling.score(unit.faults(), unit.vulnerabilities(), month, exemptions),
                documents.score(unit.documents()));
    }
}
