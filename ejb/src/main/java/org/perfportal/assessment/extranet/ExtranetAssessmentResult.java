package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.util.List;
import org.perfportal.assessment.Measure;
import org.perfportal.assessment.TraceLine;
import org.perfportal.assessment.TracedValue;

/**
 * The result of one half-year assessment (半年考核结果): the traced lines of the sheet
 * (考核表扣款明细) and their total, taken from the final payment (总计, 从尾款中扣除).
 *
 * <p>Each line is a {@link TraceLine} in {@link Measure#YUAN}, rounded to fen:
 * <ul>
 *   <li>{@code ruleCode} is the {@link ExtranetRule}'s {@code name()} and {@code clause} its
 *       {@link ExtranetRule#clause()};</li>
 *   <li>{@code description} explains how the amount follows from the record (甲方扣罚说明);</li>
 *   <li>{@code recordIds} holds first the id of the fault, relocation, report… that caused the
 *       line, then the ids of the lines whose fees it is computed on (none for ad-hoc findings),
 *       so the record is {@code recordIds.get(0)} and the lines {@code recordIds.subList(1, size)};</li>
 *   <li>force majeure leaves the line with 0 yuan, {@code exempted} set and the reason; a 0-yuan
 *       line without exemption is an observation the scheme records but does not charge (a late
 *       arrival).</li>
 * </ul>
 *
 * @param period the half-year assessed
 * @param lines  the traced lines in the order the rules produced them
 */
public record ExtranetAssessmentResult(HalfYear period, List<TraceLine> lines) {

    public ExtranetAssessmentResult {
        lines = List.copyOf(lines);
        if (lines.stream().anyMatch(line -> line.measure() != Measure.YUAN)) {
            throw new IllegalArgumentException("an extranet half-year sheet counts yuan only");
        }
    }

    /** The sum of the lines in yuan, to the fen ({@code 0.00} for an empty sheet). */
    public BigDecimal total() {
        return TracedValue.sumOf(lines).value().setScale(2);
    }
}
