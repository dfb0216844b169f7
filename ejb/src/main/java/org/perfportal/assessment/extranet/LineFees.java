package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fee bases of the scheme (网费基数): one line's monthly fee (对应线路网费), the total monthly
 * fee of all lines (总网费) and a using unit's monthly fees (责任单位网络租赁费用). All lines are
 * taken as in service for the whole period: the seed prices the previous month with the same
 * lines.
 */
final class LineFees {

    private final Map<String, ExtranetLine> byId;
    private final BigDecimal totalMonthly;

    LineFees(List<ExtranetLine> lines) {
        this.byId = lines.stream().collect(Collectors.toUnmodifiableMap(ExtranetLine::id, Function.identity()));
        this.totalMonthly = sum(lines);
    }

    ExtranetLine line(String id) {
        return byId.get(id);
    }

    List<String> allLineIds() {
        return byId.keySet().stream().sorted().toList();
    }

    BigDecimal totalMonthly() {
        return totalMonthly;
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

    static BigDecimal sum(List<ExtranetLine> lines) {
        return lines.stream().map(ExtranetLine::monthlyFee).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal months(int months, BigDecimal monthly) {
        return monthly.multiply(BigDecimal.valueOf(months));
    }
}
