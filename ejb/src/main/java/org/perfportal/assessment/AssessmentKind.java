package org.perfportal.assessment;

import java.time.Instant;
import org.perfportal.document.PreparedDocument;
import org.perfportal.scheme.SchemeCodec;

/**
 * An assessment kind (考核种类) as a plug-in of {@link AssessmentWorkflow}: what the workflow cannot
 * do the same way for every kind. Each kind is one CDI bean in its own package
 * ({@code assessment.ommonthly}, {@code assessment.extranet}, …), found by its {@link #id()}; it
 * reads its records through a record-source port it declares (implemented by its record book in
 * {@code records}), runs its pure rules, and lays a stored result out as its document's data.
 * Lifecycle, visibility and the lookup of results are the workflow's, the same for every kind.
 */
public interface AssessmentKind {

    /** The kind's id, which is the kind of the schemes it applies (e.g. {@code om-monthly}). */
    default String id() {
        return codec().kind();
    }

    /** The codec of the kind's scheme parameters. */
    SchemeCodec<?> codec();

    /**
     * Refuses a subject this kind does not assess: 404 for an unknown contract of a kind assessed per
     * contract, 404 for any subject of a kind that assesses the whole tenant (subject {@code null}).
     */
    void requireSubject(Long subjectId);

    /**
     * Computes {@code period} (the kind's label, e.g. {@code 2026-10} or {@code 2026-H1}) of the
     * subject from the kind's records under the scheme in force and stores it as a new draft revision;
     * a period the kind cannot compute is 400 {@code month}/{@code period} as the kind names it.
     */
    Assessment compute(Long subjectId, String period);

    /**
     * The kind's own figures of a stored result, beyond total and lines: the monthly summary with its
     * grade and money, the half-year settlement against the final payment, …
     */
    Object figures(Assessment result);

    /** The stored result laid out as the kind's document (考核表), produced at {@code now}; 草稿 until approved. */
    PreparedDocument document(Assessment result, String tenantName, Instant now);
}
