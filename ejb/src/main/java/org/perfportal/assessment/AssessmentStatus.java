package org.perfportal.assessment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of an assessment result (考核结果状态, DOMAIN §1): draft (草稿) → submitted (已提交,
 * by the assessor) → approved (已审定, by the approver; published to the vendor) → optionally
 * disputed (复核中, by the vendor) → final (终审, by the approver). Each status names the ones it
 * may be reached from; the web layer names the role allowed to reach it.
 */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    DISPUTED,
    FINAL;

    /** Whether a result in this status is published and binding (an open dispute does not suspend it). */
    public boolean inForce() {
        return this == APPROVED || this == DISPUTED || this == FINAL;
    }

    boolean reachableFrom(AssessmentStatus current) {
        return predecessors().contains(current);
    }

    private Set<AssessmentStatus> predecessors() {
        return switch (this) {
            case DRAFT -> EnumSet.noneOf(AssessmentStatus.class);
            case SUBMITTED -> EnumSet.of(DRAFT);
            case APPROVED -> EnumSet.of(SUBMITTED);
            case DISPUTED -> EnumSet.of(APPROVED);
            case FINAL -> EnumSet.of(APPROVED, DISPUTED);
        };
    }
}
