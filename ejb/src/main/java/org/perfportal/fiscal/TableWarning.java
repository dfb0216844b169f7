package org.perfportal.fiscal;

/**
 * A warning (表内一致性提示) that an imported form's printed table contradicts itself — not a figure
 * against the amounts ({@link ConsistencyWarning}) but one row against another or against its own
 * columns: the same qualitative result scored differently, a row achieved as targeted scored below its
 * weight with no deviation text, a blank third-level name, a qualitative target with a quantitative
 * actual. It never blocks the form: the filed table is evidence, and a person decides.
 *
 * @param field the row's field, e.g. {@code indicators[9].score}, {@code indicators[6].level3}
 * @param note  what is inconsistent, with the printed values
 */
public record TableWarning(String field, String note) {

    /** One line for a validation list, e.g. {@code indicators[6].level3: 三级指标名称为空（…）}. */
    public String message() {
        return field + ": " + note;
    }
}
