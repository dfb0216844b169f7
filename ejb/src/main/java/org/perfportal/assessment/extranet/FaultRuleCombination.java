package org.perfportal.assessment.extranet;

/**
 * How the line-fee rules combine for one fault (同一故障多项扣费的合并方式): late repair, outage
 * over 7 days and unrepaired for a month can all apply to the same fault. The seed is silent;
 * DOMAIN.md's Default is that only the largest applies, kept as a scheme choice.
 */
public enum FaultRuleCombination {
    /** Default: only the largest applicable deduction is taken; the others are named in the explanation. */
    LARGEST_APPLIES,
    /** Every applicable deduction is taken, each booked in the half-year of its own deadline. */
    ADD_UP
}
