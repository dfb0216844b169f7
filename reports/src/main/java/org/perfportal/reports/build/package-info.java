/**
 * Build-time tooling of the documents module: compiles the JRXML templates (报表模板) to
 * {@code .jasper} files during {@code process-classes}. Not used at run time.
 */
package org.perfportal.reports.build;
