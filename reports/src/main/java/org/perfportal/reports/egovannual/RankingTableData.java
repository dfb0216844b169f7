package org.perfportal.reports.egovannual;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on Pingliang's annual ranking table (年度电子政务工作考核排名表): the tenant,
 * the year, the scheme version the scores were computed on, when the document was produced, and
 * the rows set by set. A plain record, so this module receives data and never queries.
 *
 * @param tenantName    display name of the tenant, printed in the header
 * @param year          the assessed year (年度)
 * @param schemeVersion the scheme version, e.g. {@code pingliang-2025}
 * @param generatedAt   when the document was produced; printed in Asia/Shanghai time
 * @param draft         true while the ranking is not published; the header then says 草稿
 * @param rows          the rows, counties first, each set in rank order
 */
public record RankingTableData(String tenantName, int year, String schemeVersion, Instant generatedAt, boolean draft,
                               List<RankingRow> rows) {

    /** Requires every value; copies the rows. */
    public RankingTableData {
        Objects.requireNonNull(tenantName, "tenantName");
        Objects.requireNonNull(schemeVersion, "schemeVersion");
        Objects.requireNonNull(generatedAt, "generatedAt");
        rows = List.copyOf(rows);
    }
}
