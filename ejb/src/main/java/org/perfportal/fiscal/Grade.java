package org.perfportal.fiscal;

/**
 * Grade of a self-evaluation (评价等级): 优 (excellent), 良 (good), 中 (fair), 差 (poor). The
 * score bands that lead to each grade belong to the {@link FiscalTemplate}, so this enum only
 * names the grades and their printed Chinese label.
 */
public enum Grade {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The Chinese label printed on the form. */
    public String label() {
        return label;
    }
}
