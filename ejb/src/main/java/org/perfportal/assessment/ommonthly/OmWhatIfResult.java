package org.perfportal.assessment.ommonthly;

/**
 * The answer of a what-if (方案试算): which draft was tried on which month, what it was compared
 * with, and the comparison. Nothing of it is stored.
 *
 * @param month                the contract month, e.g. {@code 2026-10}
 * @param draftSchemeId        the draft tried
 * @param draftLabel           its version label
 * @param baseline             what the draft is compared with, in words
 * @param baselineAssessmentId the result in force compared with, null when none is in force
 * @param baselineSchemeId     the scheme version of the baseline
 * @param comparison           line by line, with score, grade and money before and after
 */
public record OmWhatIfResult(String month, long draftSchemeId, String draftLabel, String baseline,
                                Long baselineAssessmentId, long baselineSchemeId, OmWhatIf.Comparison comparison) {
}
