package org.perfportal.assessment.ommonthly;

/**
 * The unit's archive catalogue for the month (运维资料归档目录): how many documents the
 * catalogue requires and how many were uploaded. Counts only: which document is missing is
 * the records capability's concern.
 */
public record DocumentCatalogue(int present, int required) {

    public DocumentCatalogue {
        if (present < 0 || required < 0 || present > required) {
            throw new IllegalArgumentException("need 0 <= present <= required, got " + present + "/" + required);
        }
    }
}
