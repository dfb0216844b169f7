package org.perfportal.fiscal;

/**
 * Validation warning (校验提示) that a figure recorded on a form disagrees with the figure
 * computed from the form's own data. It names the field and shows both values; it does not
 * block the form, since the filed document is what it is and a person must decide.
 *
 * @param field    the figure: {@code executionRate}, {@code budgetScore}, {@code total}, or
 *                 {@code indicators[i].score}
 * @param recorded the value as recorded, formatted as printed
 * @param computed the value computed, formatted the same way
 * @param note     what else a reader needs (the indicator's name, its deviation text…), or ""
 */
public record ConsistencyWarning(String field, String recorded, String computed, String note) {

    /** One line for a validation list, e.g. {@code executionRate: recorded 92.64%, computed 99.99%}. */
    public String message() {
        return field + ": recorded " + recorded + ", computed " + computed + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
