/**
 * The Otog Banner half-year extranet assessment table (电子政务外网支撑保障服务考核表（半年考核）,
 * seed 000) with its settlement and signature lines. The rows come from a stored result mapped
 * by the web layer; this package only lays them out.
 */
package org.perfportal.reports.extranet;
