package org.perfportal.fiscal;

import org.perfportal.scheme.AppliedScheme;

/**
 * A self-evaluation's result together with the scheme version (fiscal-self-evaluation) it was computed
 * under: the one in force for a draft, the one it was submitted with for a filed form.
 *
 * @param schemeId           the scheme version's id
 * @param schemeVersionLabel its label, e.g. {@code shanghai-2020}
 * @param result             the computed figures and warnings
 */
public record ComputedSelfEvaluation(long schemeId, String schemeVersionLabel, SelfEvaluationResult result) {

    static ComputedSelfEvaluation of(AppliedScheme<FiscalTemplate> scheme, SelfEvaluationResult result) {
        return new ComputedSelfEvaluation(scheme.schemeId(), scheme.versionLabel(), result);
    }
}
