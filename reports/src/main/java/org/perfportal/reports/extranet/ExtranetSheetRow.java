package org.perfportal.reports.extranet;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator row (考核指标) of the half-year extranet assessment table: 考核类别, 考核指标,
 * 指标说明 (the limit as the scheme sets it), 扣罚标准, 是否扣款, 扣款金额 and 甲方扣罚说明 (the
 * traced lines behind the amount, one per line of text).
 *
 * @param category    考核类别, e.g. 运维质量
 * @param indicator   考核指标
 * @param description 指标说明
 * @param standard    扣罚标准
 * @param deducted    是否扣款: whether any yuan was deducted on this row
 * @param amount      扣款金额 in yuan (0.00 when nothing was deducted)
 * @param explanation 甲方扣罚说明; empty when nothing happened
 */
public record ExtranetSheetRow(String category, String indicator, String description, String standard, boolean deducted,
                            BigDecimal amount, String explanation) {

    /** Requires every column; a missing explanation is empty. */
    public ExtranetSheetRow {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(amount, "amount");
        explanation = explanation == null ? "" : explanation;
    }
}
