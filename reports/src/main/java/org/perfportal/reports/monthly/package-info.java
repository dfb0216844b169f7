/**
 * Luohe's monthly assessment sheets (附件4.2 filled in per using unit, with every traced line, and
 * the vendor's score, grade and money per month): input records, the compiled template and a
 * renderer that streams unit sheets, so a year of 1,300 units fills in a bounded heap.
 */
package org.perfportal.reports.monthly;
