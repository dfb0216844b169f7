/**
 * The Pingliang API (平凉): the annual assessment (self-assessment, review, published ranking and
 * its 排名表 document) and the dedicated-network rent book. Translates HTTP to the use cases of
 * {@link org.perfportal.assessment.pingliang.PingliangAnnualService} and
 * {@link org.perfportal.records.pingliang.PingliangRentBook}; decides nothing.
 */
package org.perfportal.web.pingliang;
