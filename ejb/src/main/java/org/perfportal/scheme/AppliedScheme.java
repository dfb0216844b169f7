package org.perfportal.scheme;

/**
 * The scheme version an assessment applies (所依据的考核办法版本): its id, to be recorded with the
 * result, and its decoded parameters.
 *
 * @param schemeId     the published version's id
 * @param versionLabel its label, e.g. {@code ordos-2025}
 * @param parameters   the kind's parameter record
 * @param <P>          the kind's parameter record type
 */
public record AppliedScheme<P>(long schemeId, String versionLabel, P parameters) {
}
