package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One vendor's Luohe monthly assessment (月度考核): scores each unit, detects consecutive
 * neglect against the previous month, takes the vendor score and grade, and computes the
 * month's money. Pure: the service that loads records and stores results calls it.
 */
public final class OmMonthAssessment {

    private final OmSchemeParameters parameters;
    private final UnitScoreRule unitScore;
    private final ConsecutiveNeglectRule neglect;
    private final VendorScoreRule vendorScore;
    private final GradeRule grade;
    private final MonthlyMoneyRule money;

    public OmMonthAssessment(OmSchemeParameters parameters) {
        this.parameters = parameters;
        this.unitScore = new UnitScoreRule(parameters);
        this.neglect = new ConsecutiveNeglectRule(parameters);
        this.vendorScore = new VendorScoreRule(parameters);
        this.grade = new GradeRule(parameters);
        this.money = new MonthlyMoneyRule(parameters);
    }

    public OmMonthResult assess(OmMonthRecords records) {
        AssessmentMonth month = records.month();
        List<UnitScore> units = records.units().stream()
                .map(unit -> unitScore.score(unit, month, records.exemptions())).toList();

        Map<String, UnitMonthRecords> previous = records.previousMonthUnits().stream()
                .collect(Collectors.toMap(UnitMonthRecords::unitId, Function.identity()));
        List<DeductionItem> detected = records.units().stream().filter(unit -> previous.containsKey(unit.unitId()))
                .flatMap(unit -> neglect.detect(previous.get(unit.unitId()), unit, month).stream()).toList();
        List<DeductionItem> items = new ArrayList<>(records.deductionItems());
        items.addAll(detected);

        var score = vendorScore.score(units, items, records.exemptions());
        BigDecimal published = vendorScore.publish(score);
        GradeBand band = grade.bandFor(published);
        BigDecimal fee = parameters.paymentTerms().monthlyFee(records.contractTotal());
        var deductions = money.deductions(band, fee, records.moneyPenalties(), records.exemptions());
        return new OmMonthResult(month, units, detected, score, published, band, fee, deductions,
                money.publish(deductions));
    }
}
