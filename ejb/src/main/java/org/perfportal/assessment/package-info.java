/**
 * Assessment (考核): applying a tenant's scheme (考核办法) to one period's records. This
 * package holds the trace types every scheme's rules return, so that each point and each
 * yuan deducted names its rule, its clause in the source document and the records behind it.
 * It stores results of every kind ({@link org.perfportal.assessment.Assessment}) with their
 * lines, and runs them through one workflow ({@link org.perfportal.assessment.AssessmentWorkflow}:
 * draft → submitted → approved → (disputed) → final, with who sees which result decided in
 * {@link org.perfportal.assessment.ResultVisibility}). Each kind plugs in as an
 * {@link org.perfportal.assessment.AssessmentKind} from its sub-package ({@code ommonthly},
 * {@code extranet}, …), where its pure rules, its scheme codec, its record-source port (implemented
 * by its record book in {@code records}, which depends on this package and never the reverse) and
 * its document builder live.
 */
package org.perfportal.assessment;
