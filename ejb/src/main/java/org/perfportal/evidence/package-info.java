/**
 * Evidence files (佐证材料): what every uploaded file has in common, whichever capability it
 * belongs to — a record book's scan report or inspection photo, an annual sheet's evidence or
 * self-check report ({@link org.perfportal.evidence.StoredFile}). Its own package because both
 * {@code records} and {@code assessment} keep such files, and neither may depend on the other's
 * side for it.
 */
package org.perfportal.evidence;
