/**
 * Assessment (考核): applying a tenant's scheme (考核办法) to one period's records. This
 * package holds the trace types every scheme's rules return, so that each point and each
 * yuan deducted names its rule, its clause in the source document and the records behind it.
 * It also stores results of every kind ({@link org.perfportal.assessment.Assessment}) with their
 * lines and moves them through the lifecycle draft → submitted → approved → (disputed) → final.
 * Scheme-specific rule kinds live in sub-packages ({@code luohe}, …) and are pure Java.
 */
package org.perfportal.assessment;
