/**
 * The Luohe monthly assessment (月度考核) and payment schedule (付款计划) of an O&amp;M contract over
 * HTTP: compute, lifecycle, what-if, and the schedule finance reads. Translates only; the rules and
 * figures are {@code org.perfportal.assessment.ommonthly}'s and {@code org.perfportal.payment}'s.
 */
package org.perfportal.web.ommonthly;
