/**
 * The Pingliang annual e-government work assessment (平凉市电子政务工作考核, seed 003,
 * 电子政务工作考核办法(试行)) and the dedicated-network rent deductions (政务专网租赁费核减,
 * 政务专网管理办法(试行) 第四十条 and 第四十四条(一)). DOMAIN.md §1 and §4.
 *
 * <p>Pure rule classes turn a unit's self-scores and the assessment group's reviewed scores into
 * a traced total and a ranking per indicator set (县区 / 市直部门), and the telecom operator's
 * maintenance incidents into monthly rent deductions and a quarterly settlement: plain records in,
 * {@link org.perfportal.assessment.TraceLine}s out, every number in
 * {@link org.perfportal.assessment.egovannual.EgovAnnualSchemeParameters}, stored as the scheme kind
 * {@code egov-annual} by {@link org.perfportal.assessment.egovannual.EgovAnnualSchemeCodec}.
 * Around them, {@link org.perfportal.assessment.egovannual.EgovAnnualService} keeps the yearly
 * sheets (entities {@code AnnualSheet}, {@code AnnualScore}, {@code SheetFile}) and the published
 * ranking ({@code AnnualPublication}); the rent book is in {@code records.pingliang}.
 */
package org.perfportal.assessment.egovannual;
