package org.perfportal.scheme;

/**
 * Status of a scheme version (考核办法版本状态): a draft (草稿) may still be edited; a published
 * version (已发布) is the tenant's rule and never changes — a revision is a new version.
 */
public enum SchemeStatus {
    DRAFT,
    PUBLISHED
}
