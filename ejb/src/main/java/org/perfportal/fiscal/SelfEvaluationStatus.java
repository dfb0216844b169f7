package org.perfportal.fiscal;

/**
 * Where a self-evaluation (自评表) stands: 草稿 (DRAFT, the implementing unit edits it), 已提交
 * (SUBMITTED by the implementing unit, figures frozen) and 已审核 (REVIEWED by the competent
 * department). Only a draft may change; a correction to a submitted form is a new version.
 */
public enum SelfEvaluationStatus {
    DRAFT,
    SUBMITTED,
    REVIEWED
}
