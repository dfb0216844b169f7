/**
 * The Pingliang API (平凉): the annual assessment (self-assessment, review, published ranking and
 * its 排名表 document) and the dedicated-network rent book. Translates HTTP to the use cases of
 * {@link org.perfportal.assessment.egovannual.EgovAnnualService} and
 * {@link org.perfportal.records.networkrent.NetworkRentBook}; decides nothing.
 */
package org.perfportal.web.egovannual;
