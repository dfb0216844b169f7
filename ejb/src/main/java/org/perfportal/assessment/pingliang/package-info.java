/**
 * The Pingliang annual e-government work assessment (平凉市电子政务工作考核, seed 003,
 * 电子政务工作考核办法(试行)) and the dedicated-network rent deductions (政务专网租赁费核减,
 * 政务专网管理办法(试行) 第四十条 and 第四十四条(一)): pure rule classes that turn a unit's self-scores and the
 * assessment group's reviewed scores into a traced total and a ranking per indicator set
 * (县区 / 市直部门), and the telecom operator's maintenance incidents into monthly rent
 * deductions and a quarterly rent settlement. DOMAIN.md §1 and §4.
 *
 * <p>No JPA, EJB or HTTP here: plain records in, {@link org.perfportal.assessment.TraceLine}s
 * out. Every number lives in {@link org.perfportal.assessment.pingliang.PingliangSchemeParameters}.
 */
package org.perfportal.assessment.pingliang;
