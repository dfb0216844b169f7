/**
 * The O&amp;M satisfaction form (政务信息系统运维满意度评价表, 附件4.1): blank for printing and
 * stamping, or filled from a unit's submission with the chosen levels ticked.
 */
package org.perfportal.reports.satisfaction;
