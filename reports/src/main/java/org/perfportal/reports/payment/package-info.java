/**
 * The payment schedule and settlement (付款计划及结算表) of a Luohe O&amp;M contract: input records,
 * the compiled template and its renderer. Installments, months, grades, deductions, penalties,
 * centralized review and late-payment penalty are computed by the payment and assessment
 * capabilities; this package lays them out, every amount in figures and in the capitals the
 * caller formats.
 */
package org.perfportal.reports.payment;
