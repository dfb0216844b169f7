package org.perfportal.fiscal;

/**
 * Level-1 performance indicator (一级指标): output (产出指标), effect (效益指标) or satisfaction of
 * those served (满意度指标). Level-2 and level-3 names are free text on the form; only level 1
 * carries a template weight, which is why only level 1 is an enum.
 */
public enum IndicatorCategory {
    OUTPUT("产出指标"),
    EFFECT("效益指标"),
    SATISFACTION("满意度指标");

    private final String label;

    IndicatorCategory(String label) {
        this.label = label;
    }

    /** The Chinese name printed in the 一级指标 column. */
    public String label() {
        return label;
    }
}
