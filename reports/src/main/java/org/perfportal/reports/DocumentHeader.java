package org.perfportal.reports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The header (页眉) every document carries on each page: the tenant it belongs to, the period it
 * covers, the scheme version whose rules produced its figures, when it was produced and whether
 * it is still a draft (草稿), so a printed page can never be mistaken for another tenant's, another
 * period's or a final one.
 *
 * <p>Laid out once, by the shared sub-report {@code common/DocumentHeader}, for every template.
 *
 * @param tenantName    display name of the tenant (租户)
 * @param period        the period as printed, e.g. {@code 2026年上半年} or {@code 2026年7月}
 * @param schemeVersion version label of the scheme (考核办法版本), e.g. {@code ordos-2025}
 * @param producedAt    when the figures were produced; printed in Asia/Shanghai time
 * @param draft         true while the result is not approved; the header then says 草稿
 */
public record DocumentHeader(String tenantName, String period, String schemeVersion, Instant producedAt,
                             boolean draft) {

    /** The tenants' time zone: a document shows Beijing time whatever the server's zone. */
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter PRODUCED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);

    /** Requires every value. */
    public DocumentHeader {
        Objects.requireNonNull(tenantName, "tenantName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(schemeVersion, "schemeVersion");
        Objects.requireNonNull(producedAt, "producedAt");
    }

    /**
     * @return the production time as printed, minutes in Asia/Shanghai, e.g. {@code 2026-11-23 18:30}
     */
    public String producedAtText() {
        return PRODUCED_AT.format(producedAt);
    }
}
