/**
 * Documents (文书) the portal prints, signs and files: JasperReports templates compiled at build
 * time and rendered to PDF or XLSX with the embedded Noto Sans SC font.
 *
 * <p>This module receives data and never queries: every document is filled from plain records
 * the services produce, so no report can step around tenant isolation. Shared rendering
 * plumbing lives here; each document sits in the package of its capability
 * (for example {@code fiscal}).
 */
package org.perfportal.reports;
