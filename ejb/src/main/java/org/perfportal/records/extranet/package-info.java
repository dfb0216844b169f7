/**
 * The Otog Banner extranet records (鄂托克旗电子政务外网考核记录): lines, faults, relocations,
 * backbone failures, report submissions, illegal connections, ad-hoc findings and force-majeure
 * exemptions, as the assessor, units and operator enter them over the half-year; also the
 * operator's contract (运营商合同) whose half-year final payment (半年尾款) settles a result, and
 * the quarterly inspection reports (季度巡检报告) with their photo evidence (图片佐证, kept in
 * the database), which are evidence for the assessor and feed no rule.
 *
 * <p>Kept apart from {@code assessment.ordos} (which holds the pure rules) because records live
 * longer than any one computation: they are entered before a result exists, are read again by
 * every recomputation, and belong to the {@code records} capability of STYLE.md. This package
 * depends on the rules' vocabulary ({@link org.perfportal.assessment.extranet.LocationClass},
 * {@link org.perfportal.assessment.extranet.ExtranetRecords}); it turns stored rows into those
 * input records and nothing else.
 */
package org.perfportal.records.extranet;
