/**
 * Payment (付款): the money side of a service contract — installments (分期付款), the
 * monthly fee that assessment deductions are taken from, the agency's late-payment penalty
 * (逾期付款违约金) and amounts written in Chinese capitals (大写金额). Pure arithmetic on
 * {@link java.math.BigDecimal}; the business calendar that fixes due dates lives elsewhere.
 */
package org.perfportal.payment;
