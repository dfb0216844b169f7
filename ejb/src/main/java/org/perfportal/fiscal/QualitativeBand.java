package org.perfportal.fiscal;

/**
 * Achievement band of a qualitative indicator (定性指标档次): achieved the annual target
 * (达成年度指标), partly achieved with some effect (部分达成年度指标并具有一定效果), not achieved
 * (未达成年度指标且效果较差). The assessor names the band and then picks a score inside it; the
 * band edges are {@link FiscalTemplate} parameters.
 */
public enum QualitativeBand {
    ACHIEVED("达成"),
    PARTLY_ACHIEVED("部分达成"),
    NOT_ACHIEVED("未达成");

    private final String label;

    QualitativeBand(String label) {
        this.label = label;
    }

    /** The short Chinese name of the band. */
    public String label() {
        return label;
    }
}
