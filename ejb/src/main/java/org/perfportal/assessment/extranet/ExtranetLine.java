package org.perfportal.assessment.extranet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An extranet line (电子政务外网线路) the operator provides to one using unit (使用单位): the unit
 * of account of the scheme, since most deductions are months of one line's fee (对应线路网费).
 *
 * @param id         the line's identifier on the contract
 * @param usingUnit  the using unit it serves (also the responsible unit for illegal connections)
 * @param location   where it ends, which sets the fault limits
 * @param bandwidth  as contracted, e.g. "100M"; shown on the sheet, not used in any rule
 * @param monthlyFee the line's monthly fee in yuan, greater than zero
 */
public record ExtranetLine(String id, String usingUnit, LocationClass location, String bandwidth, BigDecimal monthlyFee) {

    public ExtranetLine {
        Records.requireText(id, "line id");
        Records.requireText(usingUnit, "using unit of line " + id);
        Objects.requireNonNull(location, "location of line " + id);
        if (monthlyFee == null || monthlyFee.signum() <= 0) {
            throw new IllegalArgumentException("line " + id + ": the monthly fee must be greater than zero, was " + monthlyFee);
        }
    }
}
