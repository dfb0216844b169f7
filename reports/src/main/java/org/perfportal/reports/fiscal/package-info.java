/**
 * The fiscal project self-evaluation table (财政项目支出绩效自评表) in the Shanghai layout:
 * input records, the compiled template and its renderer.
 *
 * <p>The figures (execution rate, budget score, indicator scores, total, grade) are computed by
 * the fiscal capability of the EJB module; this package only lays them out.
 */
package org.perfportal.reports.fiscal;
