package org.perfportal.reports.monthly;

import java.util.Objects;

import org.perfportal.reports.DocumentHeader;

/**
 * The heading of a Luohe monthly assessment document (政务信息系统一体化运维考核表, 附件4.2 filled in
 * per unit): whose contract and vendor it is. The unit sheets themselves are streamed to
 * {@link MonthlySheetRenderer}, one month or a whole year of them.
 *
 * @param header       tenant, period, scheme version, production time, draft flag
 * @param vendorName   服务商 (运维实施单位)
 * @param contractName 合同名称
 */
public record MonthlySheetData(DocumentHeader header, String vendorName, String contractName) {

    /** Requires every value. */
    public MonthlySheetData {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(vendorName, "vendorName");
        Objects.requireNonNull(contractName, "contractName");
    }
}
