/**
 * Fiscal project expenditure performance self-evaluation (财政项目支出绩效自评表), as the
 * Shanghai Big Data Center (上海市大数据中心) files it each year under 财预〔2020〕10号: budget
 * execution (预算执行率) plus three-level performance indicators (绩效指标) give a total out of
 * 100 and a grade (优/良/中/差).
 *
 * <p>The rules are pure Java: rule classes take plain values and return results, so they are
 * unit-tested without a container. Scoring parameters live in {@link
 * org.perfportal.fiscal.FiscalTemplate}, never in the rules, and the template is the tenant's
 * {@code fiscal-self-evaluation} scheme ({@link org.perfportal.fiscal.FiscalSchemeCodec}): a form records
 * the scheme version it was computed with and, once submitted, keeps it. Figures recorded on an imported
 * form are compared with what its amounts give and reported as {@link
 * org.perfportal.fiscal.ConsistencyWarning}s, never silently replaced.
 *
 * <p>Around them: the entities {@link org.perfportal.fiscal.FiscalProject} (财政项目) and
 * {@link org.perfportal.fiscal.SelfEvaluation} (one version of the form, with its indicator
 * rows), and {@link org.perfportal.fiscal.SelfEvaluationService}, which loads, calls the
 * rules and stores: draft → submitted (实施单位) → reviewed (主管部门); a filed version never
 * changes, a correction is the next version.
 *
 * <p>An indicator may be linked to a figure the portal measures ({@link
 * org.perfportal.fiscal.LinkedFigure}); the records capabilities provide them as {@link
 * org.perfportal.fiscal.LinkedFigureProvider} beans, so this package depends on none of them.
 */
package org.perfportal.fiscal;
