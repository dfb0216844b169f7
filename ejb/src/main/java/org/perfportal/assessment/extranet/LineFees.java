package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The fee bases of the scheme (网费基数): one line's monthly fee (对应线路网费), the total monthly fee
 * (总网费, 上月总网费) and a using unit's lease for a year (责任单位本年度网络租赁费用). The lines are those
 * of the contract being assessed; a total counts only the lines in service in the month it names
 * (issue 17: a line registered for next year or retired last year is no part of this month's
 * 总网费), as the scheme's {@link LineMonthBasis} reads "in service in a month".
 */
final class LineFees {

    private final Map<String, ExtranetLine> byId;
    private final LineMonthBasis basis;

    LineFees(List<ExtranetLine> lines, LineMonthBasis basis) {
        this.byId = lines.stream().collect(Collectors.toUnmodifiableMap(ExtranetLine::id, Function.identity()));
        this.basis = basis;
    }

    ExtranetLine line(String id) {
        return byId.get(id);
    }

    /** The lines counted in the month, by id. */
    List<ExtranetLine> inService(YearMonth month) {
        return byId.values().stream().filter(line -> line.countsIn(month, basis))
                .sorted(Comparator.comparing(ExtranetLine::id)).toList();
    }

    List<String> lineIdsIn(YearMonth month) {
        return inService(month).stream().map(ExtranetLine::id).toList();
    }

    /** 总网费 of the month: the monthly fees of the lines in service in it. */
    BigDecimal totalMonthly(YearMonth month) {
        return sum(inService(month));
    }

    /** The using unit's lines; at least one, else the unit is not a using unit of this contract. */
    List<ExtranetLine> linesOf(String usingUnit) {
        List<ExtranetLine> lines = byId.values().stream()
                .filter(line -> line.usingUnit().equals(usingUnit))
                .sorted(Comparator.comparing(ExtranetLine::id))
                .toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("using unit " + usingUnit + " has no line on this contract");
        }
        return lines;
    }

    /**
     * The months of {@code year} in which the line is leased: counted in the month and, when the
     * contract is known, inside its service period ({@code from}…{@code to}, either null for open).
     */
    int leasedMonths(ExtranetLine line, int year, LocalDate from, LocalDate to) {
        return (int) IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m))
                .filter(month -> line.countsIn(month, basis))
                .filter(month -> (from == null || !from.isAfter(month.atEndOfMonth())) && (to == null || !to.isBefore(month.atDay(1))))
                .count();
    }

    static BigDecimal sum(List<ExtranetLine> lines) {
        return lines.stream().map(ExtranetLine::monthlyFee).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal months(int months, BigDecimal monthly) {
        return monthly.multiply(BigDecimal.valueOf(months));
    }
}
