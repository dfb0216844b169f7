/**
 * The Luohe monthly O&M assessment (漯河市市级非涉密政务信息系统一体化运维工作考核, seed 002,
 * 附件3/4.1/4.2): pure rule classes that turn one contract month's records into unit scores,
 * the vendor's score and grade, and the month's money deductions, every figure traced.
 * All numbers come from {@link org.perfportal.assessment.ommonthly.OmSchemeParameters}.
 */
package org.perfportal.assessment.ommonthly;
