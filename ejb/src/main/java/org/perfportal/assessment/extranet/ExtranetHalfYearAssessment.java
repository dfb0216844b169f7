package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.calendar.BusinessCalendar;

/**
 * The Otog Banner half-year assessment (电子政务外网支撑保障服务考核, 半年考核): applies every rule of
 * the scheme to the records and returns the traced lines of one half-year's sheet and their
 * total, taken from the final payment (从尾款中扣除).
 *
 * <p>Each rule books a miss in the half-year in which its deadline passes; only the requested
 * half-year's lines are returned. Force majeure turns a record's lines into 0-yuan exempted
 * lines. Amounts are exact until each line is rounded to fen, HALF_UP; the total is the sum of
 * the rounded lines, so the printed sheet adds up.
 *
 * <p>{@code asOf} is the instant of the computation: a fault, relocation or report still open
 * then has missed exactly the deadlines already passed.
 *
 * <p>The sheet is the covering contract's (运营商合同): only its lines, and the records on them, are
 * read, so a second operator's lines never inflate this operator's 总网费 (issue 17). Without a
 * covering contract every line of the book is read.
 */
public final class ExtranetHalfYearAssessment {

    private final ExtranetSchemeParameters scheme;
    private final FaultRule faultRule;
    private final RelocationRule relocationRule;
    private final BackboneRule backboneRule;
    private final ReportRule reportRule;

    public ExtranetHalfYearAssessment(ExtranetSchemeParameters scheme, BusinessCalendar calendar) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.faultRule = new FaultRule(scheme);
        this.relocationRule = new RelocationRule(scheme, Objects.requireNonNull(calendar, "calendar"));
        this.backboneRule = new BackboneRule(scheme);
        this.reportRule = new ReportRule(scheme);
    }

    public ExtranetAssessmentResult assess(HalfYear period, ExtranetRecords records, Instant asOf) {
        return assess(period, records, null, asOf);
    }

    /** The half-year of the contract covering it ({@code contract} null: none, every line is read). */
    public ExtranetAssessmentResult assess(HalfYear period, ExtranetRecords book, CoveringContract contract, Instant asOf) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(asOf, "asOf");
        ExtranetRecords records = contract == null ? book : book.ofContract(contract.id());
        LineFees fees = new LineFees(records.lines(), scheme.lineMonthBasis());
        List<Charge> charges = new ArrayList<>();
        for (LineFault fault : records.faults()) {
            charges.addAll(faultRule.charges(fault, fees.line(fault.lineId()), asOf));
        }
        for (LineRelocation relocation : records.relocations()) {
            relocationRule.charge(relocation, fees.line(relocation.lineId()), asOf).ifPresent(charges::add);
        }
        for (BackboneFailure failure : records.backboneFailures()) {
            backboneRule.charge(failure, fees, asOf).ifPresent(charges::add);
        }
        reportRule.charge(period, records.reports(), fees, asOf).ifPresent(charges::add);
        for (IllegalConnection connection : records.illegalConnections()) {
            charges.add(illegalConnection(connection, fees, contract));
        }
        for (AdHocFinding finding : records.adHocFindings()) {
            charges.add(new Charge(ExtranetRule.AD_HOC_INSPECTION, finding.id(), List.of(), finding.amount(),
                    HalfYear.containing(finding.foundOn()), finding.foundOn() + " 巡查：" + finding.reason()));
        }

        Map<String, ForceMajeureExemption> exemptions = records.exemptions().stream()
                .collect(Collectors.toMap(ForceMajeureExemption::recordId, Function.identity()));
        List<TraceLine> lines = charges.stream()
                .filter(charge -> charge.bookedIn().equals(period))
                .map(charge -> line(charge, exemptions.get(charge.recordId())))
                .toList();
        return new ExtranetAssessmentResult(period, lines);
    }

    /**
     * 「对责任单位（或责任人）按规扣除本年度网络租赁费用」: the responsible unit's lease for the year the
     * connection was found in — {@code illegalConnectionMonths} × its monthly fees, or (basis
     * {@link AnnualLeaseBasis#CONTRACT_MONTHS_IN_YEAR}) each line's fee × the months of that year the
     * contract leases it. Charged to the operator it is a deduction; charged to the unit it is shown
     * at 0.00 on the operator's sheet with the unit's amount in words, since the operator's final
     * payment does not answer for the unit.
     */
    private Charge illegalConnection(IllegalConnection connection, LineFees fees, CoveringContract contract) {
        List<ExtranetLine> unitLines = fees.linesOf(connection.responsibleUnit());
        int year = connection.foundOn().getYear();
        BigDecimal amount = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (ExtranetLine line : unitLines) {
            int months = scheme.illegalConnectionYearBasis() == AnnualLeaseBasis.FIXED_MONTHS ? scheme.illegalConnectionMonths()
                    : fees.leasedMonths(line, year, contract == null ? null : contract.serviceStart(),
                            contract == null ? null : contract.serviceEnd());
            amount = amount.add(LineFees.months(months, line.monthlyFee()));
            terms.add(line.id() + " " + months + " 个月 × " + line.monthlyFee().toPlainString() + " 元");
        }
        boolean operator = connection.chargedParty() == ChargedParty.OPERATOR;
        return new Charge(ExtranetRule.ILLEGAL_CONNECTION, connection.id(), unitLines.stream().map(ExtranetLine::id).toList(),
                operator ? amount : BigDecimal.ZERO, HalfYear.containing(connection.foundOn()),
                connection.foundOn() + " 发现 " + connection.responsibleUnit() + " " + connection.description() + "；"
                        + year + " 年度网络租赁费用 " + String.join(" + ", terms) + " = " + amount.setScale(2, RoundingMode.HALF_UP)
                        .toPlainString() + " 元，由" + connection.chargedParty().chinese() + "承担"
                        + (operator ? "" : "，不从运营商尾款扣除"));
    }

    /** The charge as a sheet line: record id first, then its line ids (see {@link ExtranetAssessmentResult}). */
    private static TraceLine line(Charge charge, ForceMajeureExemption exemption) {
        List<String> recordIds = Stream.concat(Stream.of(charge.recordId()), charge.lineIds().stream()).toList();
        TraceLine line = TraceLine.of(charge.rule().name(), charge.rule().clause(), charge.explanation(), Measure.YUAN,
                charge.amount().setScale(2, RoundingMode.HALF_UP), recordIds);
        return exemption == null ? line : line.exempt(exemption.reason());
    }
}
