package org.perfportal.assessment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.perfportal.shared.ConflictException;

/**
 * Closed periods (已终审的考核周期): once the result of a period is final (终审), the records it was
 * computed from are closed — a record of that period is refused with 409 naming the record's time
 * (or month) field, and a time inside it can no longer be changed. Otherwise the book would no
 * longer say what the final result claims to have read, and a recomputation would disagree with
 * what was signed.
 *
 * <p>A port: the record books ask it, the assessment capability answers from its results (which
 * period a time falls in is drawn by the scheme the final result was computed with: the contract
 * month from the 10th, the half-year in the scheme's time zone). It is declared in {@code assessment},
 * like the kinds' record-source ports, so that {@code records} depends on {@code assessment} and never
 * the reverse, and no record book depends on an assessment service.
 */
public interface ClosedPeriods {

    /**
     * Whether the result of {@code kind} about {@code subjectId} (null: the tenant as a whole) for the
     * period {@code periodLabel} ({@code 2026-10}, {@code 2026-H1}) is final.
     */
    boolean isFinal(String kind, Long subjectId, String periodLabel);

    /**
     * The label of the period of {@code kind} about {@code subjectId} that contains {@code at} and
     * whose result is final; empty if that period is still open (or has no result at all).
     */
    Optional<String> finalPeriodAt(String kind, Long subjectId, Instant at);

    /** Refuses (409 {@code field}) a record of {@code periodLabel} once that period's result is final. */
    default void requireOpen(String kind, Long subjectId, String periodLabel, String field) {
        if (isFinal(kind, subjectId, periodLabel)) {
            throw closed(field, periodLabel);
        }
    }

    /** Refuses (409 {@code field}) a time inside a period whose result is final; no time passes. */
    default void requireOpenAt(String kind, Long subjectId, Instant at, String field) {
        if (at != null) {
            Optional<String> closed = finalPeriodAt(kind, subjectId, at);
            if (closed.isPresent()) {
                throw closed(field, closed.get());
            }
        }
    }

    /**
     * Refuses (409 {@code field}) moving a time out of, into or within a closed period. A time left as
     * it was passes even inside one: a fault reported in a closed month may still be completed in an
     * open one, since only the completion is new.
     */
    default void requireOpenChange(String kind, Long subjectId, Instant before, Instant after, String field) {
        if (Objects.equals(before, after)) {
            return;
        }
        requireOpenAt(kind, subjectId, before, field);
        requireOpenAt(kind, subjectId, after, field);
    }

    private static ConflictException closed(String field, String periodLabel) {
        return new ConflictException(field, "the assessment of " + periodLabel
                + " is final (已终审): its records are closed and can no longer be entered or changed");
    }
}
