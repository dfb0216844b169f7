package org.perfportal.assessment.extranet;

/**
 * What 「本年度网络租赁费用」 (三、(二), illegal connection) adds up: a scheme parameter
 * ({@code illegalConnectionYearBasis}). {@link #FIXED_MONTHS} is how the first versions read it
 * (always {@code illegalConnectionMonths}, 12), and stays the Default for a version that does not name
 * a basis, so those versions compute the same figures; {@link #CONTRACT_MONTHS_IN_YEAR} is the lease
 * actually payable that year: for each of the unit's lines, its monthly fee × the months of that
 * calendar year inside the contract's service period in which the line is in service.
 */
public enum AnnualLeaseBasis {
    /** {@code illegalConnectionMonths} × the unit's monthly fees (Default for versions that name none). */
    FIXED_MONTHS,
    /** The months of the year the contract leases each line (a contract from July: 6, not 12). */
    CONTRACT_MONTHS_IN_YEAR
}
