package org.perfportal.reports.fiscal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on one fiscal project self-evaluation table (财政项目支出绩效自评表) of one
 * project and year, as the fiscal service computed it.
 *
 * <p>A plain record so that the documents module receives data and never queries: the service
 * that holds the tenant's transaction builds it, this module only lays it out. The funds block
 * has the form's fixed lines: 年度资金总额 and, under 其中, 当年财政拨款 / 上年结转资金 /
 * 其他资金.
 *
 * @param tenantName          display name of the tenant (租户), printed in the page header
 * @param year                the evaluated year (年度)
 * @param projectName         项目名称
 * @param competentDepartment 主管部门
 * @param implementingUnit    实施单位
 * @param totalFunds          年度资金总额
 * @param currentAppropriation 当年财政拨款
 * @param carriedOver         上年结转资金
 * @param otherFunds          其他资金
 * @param executionRate       执行率 as a fraction (0.9979 prints 99.79%)
 * @param budgetWeight        分值 of budget execution (10)
 * @param budgetScore         得分 of budget execution
 * @param annualGoal          年度总体目标: 预期目标 text
 * @param actualCompletion    年度总体目标: 实际完成情况 text
 * @param indicators          the indicator rows in print order
 * @param totalScore          总分
 * @param grade               评价等级 (优 / 良 / 中 / 差)
 * @param schemeVersion       version of the evaluation scheme and template used, e.g. {@code 上海-2020-v1}
 * @param generatedAt         when the figures were produced; printed in Asia/Shanghai time
 * @param draft               true while the evaluation is not final; the header then says 草稿
 * @param warnings            validation warnings (校验提示) the service found, e.g. recorded figures that
 *                            disagree with the amounts; printed under the table, never hidden
 */
public record FiscalTableData(String tenantName, int year, String projectName, String competentDepartment,
                              String implementingUnit, FundsLine totalFunds, FundsLine currentAppropriation,
                              FundsLine carriedOver, FundsLine otherFunds, BigDecimal executionRate,
                              BigDecimal budgetWeight, BigDecimal budgetScore, String annualGoal,
                              String actualCompletion, List<IndicatorRow> indicators, BigDecimal totalScore,
                              String grade, String schemeVersion, Instant generatedAt, boolean draft,
                              List<String> warnings) {

    /** Requires every value; copies the indicator rows and the warnings. */
    public FiscalTableData {
        Objects.requireNonNull(tenantName, "tenantName");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(competentDepartment, "competentDepartment");
        Objects.requireNonNull(implementingUnit, "implementingUnit");
        Objects.requireNonNull(totalFunds, "totalFunds");
        Objects.requireNonNull(currentAppropriation, "currentAppropriation");
        Objects.requireNonNull(carriedOver, "carriedOver");
        Objects.requireNonNull(otherFunds, "otherFunds");
        Objects.requireNonNull(executionRate, "executionRate");
        Objects.requireNonNull(budgetWeight, "budgetWeight");
        Objects.requireNonNull(budgetScore, "budgetScore");
        Objects.requireNonNull(annualGoal, "annualGoal");
        Objects.requireNonNull(actualCompletion, "actualCompletion");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(totalScore, "totalScore");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(schemeVersion, "schemeVersion");
        Objects.requireNonNull(generatedAt, "generatedAt");
        warnings = List.copyOf(warnings);
    }

    /**
     * The 分值 column of the 总分 row: budget weight plus the indicator weights (100 on a
     * complete table). Printed, not checked, so that a wrong scheme shows on paper.
     *
     * @return the sum of all weights
     */
    public BigDecimal totalWeight() {
        return indicators.stream().map(IndicatorRow::weight).reduce(budgetWeight, BigDecimal::add);
    }

    /**
     * The 数据来源 notes under the table: one line per indicator whose actual value the portal
     * filled from its records, e.g. {@code 「运维服务达标率」实际完成值 50.00%：…}.
     *
     * @return the lines, in row order; empty when every actual value was typed by hand
     */
    public List<String> sourceNotes() {
        return indicators.stream().filter(row -> !row.source().isEmpty())
                .map(row -> "「" + row.level3() + "」实际完成值 " + row.actual() + "：" + row.source())
                .toList();
    }
}
