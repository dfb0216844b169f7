package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;

/**
 * What one money penalty costs (处罚标准): either a fixed amount in yuan (¥20,000) or a rate of
 * the month's fee within a range the assessor picks from (违规操作 10%–30%; 擅自破坏系统 100%
 * is the range 1.00–1.00). Exactly one of the two forms is set.
 *
 * @param fixedAmount yuan per occurrence, {@code null} for a rate tariff
 * @param minRate     lowest rate of the month's fee, {@code null} for a fixed tariff
 * @param maxRate     highest rate of the month's fee, {@code null} for a fixed tariff
 */
public record PenaltyTariff(BigDecimal fixedAmount, BigDecimal minRate, BigDecimal maxRate) {

    public PenaltyTariff {
        if ((fixedAmount == null) == (minRate == null || maxRate == null)) {
            throw new IllegalArgumentException("a tariff is either a fixed amount or a rate range");
        }
    }

    public static PenaltyTariff amount(String yuan) {
        return new PenaltyTariff(new BigDecimal(yuan), null, null);
    }

    public static PenaltyTariff rate(String min, String max) {
        return new PenaltyTariff(null, new BigDecimal(min), new BigDecimal(max));
    }

    public boolean isFixedAmount() {
        return fixedAmount != null;
    }
}
