/**
 * The business calendar (工作日历): which days are working days (工作日) under the official PRC
 * holiday schedule, including make-up working days (调休上班). Rules such as "15 个工作日内"
 * (Ordos relocations) and "30 个工作日内" (Luohe payments) count days with it. The schedule
 * is data per year, because the State Council publishes it each November for the next year;
 * a platform operator edits it, the code never guesses it.
 */
package org.perfportal.calendar;
