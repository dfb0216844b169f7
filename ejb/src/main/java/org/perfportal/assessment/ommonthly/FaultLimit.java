package org.perfportal.assessment.ommonthly;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Time limits of one fault level (故障响应及处理时间要求) and the points one miss costs.
 *
 * @param response  response time limit (响应时间) from the report
 * @param restore   restore limit (故障解决或功能恢复时间) from the report
 * @param deduction points deducted once per fault missing either limit
 */
public record FaultLimit(Duration response, Duration restore, BigDecimal deduction) {
}
