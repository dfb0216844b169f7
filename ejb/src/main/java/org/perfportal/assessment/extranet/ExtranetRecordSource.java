package org.perfportal.assessment.extranet;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Where the extranet half-year assessment reads its records and its settlement terms from: a port
 * declared here and implemented by the record book ({@code records.extranet.ExtranetRecordBook}),
 * so that {@code records} depends on {@code assessment} and never the reverse.
 */
public interface ExtranetRecordSource {

    /** Every record of the tenant, as the rules read them. */
    ExtranetRecords records();

    /**
     * The operator's contract (运营商合同) whose service period covers {@code period}, as it stood at
     * {@code asOf} (the instant a result was computed), if any.
     */
    Optional<CoveringContract> covering(HalfYear period, OffsetDateTime asOf);
}
