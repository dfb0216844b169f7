package org.perfportal.reports.extranet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.perfportal.reports.DocumentHeader;

/**
 * Everything printed on one Otog Banner half-year extranet assessment table
 * (电子政务外网支撑保障服务考核表（半年考核）, seed 000): the form's heading fields, its indicator rows,
 * the total (总计) and the settlement against the half-year final payment (从尾款中扣除), with the
 * signature lines of the operator and the assessing unit left to be signed on paper.
 *
 * <p>Settlement figures are null when no operator contract covers the half-year; the note then
 * says so. Amounts in capitals (大写) come from the caller, which owns the one formatter.
 *
 * @param header                 tenant, period, scheme version, production time, draft flag
 * @param projectName            项目名称
 * @param vendorName             服务商 (the operator); "—" when no contract covers the half-year
 * @param servicePeriod          服务期限（合同期限） as printed
 * @param lineCount              线路数量
 * @param assessmentPeriod       考核时间 as printed, e.g. {@code 2026-01-01 至 2026-06-30}
 * @param rows                   the indicator rows in the form's order
 * @param total                  总计: the total deduction in yuan
 * @param totalInCapitals        the total in Chinese capitals
 * @param finalPayment           半年尾款, or null
 * @param netPayable             应付金额 = max(尾款 − 总计, 0), or null
 * @param netPayableInCapitals   the net payable in capitals, or null
 * @param excessDeduction        the part of the total the final payment cannot absorb, or null
 * @param settlementNote         how the total was settled (or why it could not be)
 * @param remark                 考核小组说明, may be empty
 */
public record ExtranetSheetData(DocumentHeader header, String projectName, String vendorName, String servicePeriod,
                             int lineCount, String assessmentPeriod, List<ExtranetSheetRow> rows, BigDecimal total,
                             String totalInCapitals, BigDecimal finalPayment, BigDecimal netPayable,
                             String netPayableInCapitals, BigDecimal excessDeduction, String settlementNote,
                             String remark) {

    /** Requires the heading, the rows and the total; settlement figures may be null. */
    public ExtranetSheetData {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(vendorName, "vendorName");
        Objects.requireNonNull(servicePeriod, "servicePeriod");
        Objects.requireNonNull(assessmentPeriod, "assessmentPeriod");
        rows = List.copyOf(rows);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(totalInCapitals, "totalInCapitals");
        settlementNote = settlementNote == null ? "" : settlementNote;
        remark = remark == null ? "" : remark;
    }

    /** Whether the half-year could be settled against a contract's final payment. */
    public boolean settled() {
        return finalPayment != null;
    }
}
