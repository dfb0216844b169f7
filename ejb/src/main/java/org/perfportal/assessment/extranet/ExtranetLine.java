package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An extranet line (电子政务外网线路) the operator provides to one using unit (使用单位) under one
 * operator contract (运营商合同): the unit of account of the scheme, since most deductions are months
 * of one line's fee (对应线路网费), and the fee bases 总网费 / 上月总网费 add up the lines of the
 * contract in service in the month they name.
 *
 * @param id            the line's identifier on the contract
 * @param usingUnit     the using unit it serves (also the responsible unit for illegal connections)
 * @param location      where it ends, which sets the fault limits
 * @param bandwidth     as contracted, e.g. "100M"; shown on the sheet, not used in any rule
 * @param monthlyFee    the line's monthly fee in yuan, greater than zero
 * @param contractId    the operator contract the line is leased under; null for a line registered
 *                      before lines named their contract, which counts for whichever contract is assessed
 * @param inServiceFrom the first day in service (开通日期); null: in service before the book began
 * @param retiredOn     the first day no longer in service (撤销日期, exclusive); null: still in service
 */
public record ExtranetLine(String id, String usingUnit, LocationClass location, String bandwidth, BigDecimal monthlyFee,
                           Long contractId, LocalDate inServiceFrom, LocalDate retiredOn) {

    public ExtranetLine {
        Records.requireText(id, "line id");
        Records.requireText(usingUnit, "using unit of line " + id);
        Objects.requireNonNull(location, "location of line " + id);
        if (monthlyFee == null || monthlyFee.signum() <= 0) {
            throw new IllegalArgumentException("line " + id + ": the monthly fee must be greater than zero, was " + monthlyFee);
        }
        if (inServiceFrom != null && retiredOn != null && !retiredOn.isAfter(inServiceFrom)) {
            throw new IllegalArgumentException("line " + id + ": retired on " + retiredOn + ", not after its first day " + inServiceFrom);
        }
    }

    /** A line of no named contract, in service throughout (how lines were registered before contracts and dates). */
    public ExtranetLine(String id, String usingUnit, LocationClass location, String bandwidth, BigDecimal monthlyFee) {
        this(id, usingUnit, location, bandwidth, monthlyFee, null, null, null);
    }

    /** Whether the line is leased under the contract (a line of no named contract is under every one). */
    public boolean under(Long contract) {
        return contractId == null || contract == null || contractId.equals(contract);
    }

    /** Whether the line is in service on the day. */
    public boolean inServiceOn(LocalDate day) {
        return (inServiceFrom == null || !inServiceFrom.isAfter(day)) && (retiredOn == null || retiredOn.isAfter(day));
    }

    /** Whether the line is in service on at least one day from {@code first} to {@code last}. */
    public boolean inServiceDuring(LocalDate first, LocalDate last) {
        return (inServiceFrom == null || !inServiceFrom.isAfter(last)) && (retiredOn == null || retiredOn.isAfter(first));
    }

    /** Whether the line counts in the month's fee base, as {@code basis} reads "in service in a month". */
    public boolean countsIn(YearMonth month, LineMonthBasis basis) {
        return basis == LineMonthBasis.WHOLE_MONTH
                ? inServiceOn(month.atDay(1)) && inServiceOn(month.atEndOfMonth())
                : inServiceDuring(month.atDay(1), month.atEndOfMonth());
    }
}
