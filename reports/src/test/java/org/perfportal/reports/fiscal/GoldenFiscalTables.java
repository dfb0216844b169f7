package org.perfportal.reports.fiscal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * Golden fiscal self-evaluation tables (财政项目支出绩效自评表) from the Shanghai seed
 * (DOMAIN.md §5), built by hand as the fiscal service would hand them over.
 *
 * <p>Shared by the renderer test and the benchmark so that both render the same realistic page.
 * The text is the seed's with its OCR character errors corrected (云 for 于, 效 for 敁, …).
 */
final class GoldenFiscalTables {

    private GoldenFiscalTables() {
    }

    /**
     * 上海市政务云基础设施服务费 (运维), 2020: 全年预算数 42,546,380.00, 全年执行数
     * 42,456,311.08, rate 99.79%, budget score 9.98, total 94.98.
     *
     * @param draft whether the evaluation is still a draft (草稿)
     * @return the table data
     */
    static FiscalTableData governmentCloud(boolean draft) {
        return governmentCloud(draft, List.of());
    }

    /**
     * The same table with validation warnings (校验提示) from the service.
     *
     * @param draft    whether the evaluation is still a draft (草稿)
     * @param warnings the warnings to print under the table
     * @return the table data
     */
    static FiscalTableData governmentCloud(boolean draft, List<String> warnings) {
        BigDecimal budget = new BigDecimal("42546380.00");
        BigDecimal executed = new BigDecimal("42456311.08");
        FundsLine funds = new FundsLine(budget, budget, executed);
        List<IndicatorRow> indicators = List.of(
                row("产出指标", "数量指标", "迁移上云完成率", "100%", "市级非涉密信息系统全量上云", "10", "10", ""),
                row("产出指标", "质量指标", "政务云整体运行稳定率", "≥99.99%", "全年未发生重大故障", "10", "10", ""),
                row("产出指标", "时效指标", "故障响应及时率", "100%", "及时", "10", "10", ""),
                row("产出指标", "成本指标", "上云项目硬件建设不再投入运维", "核减上云项目运维费",
                        "按先用后付、按实计算的方式减低了成本支出", "10", "10", ""),
                row("效益指标", "经济效益指标", "降低新建信息化项目投入", "新建项目依托政务云建设，不再投入硬件设备",
                        "通过政府购买服务的方式，没有固定资产投入，节约了项目投入", "20", "15",
                        "经济效益难以完全量化；下一年度细化可量化的成本节约指标。"),
                row("效益指标", "社会效益指标", "保障市级核心民生业务", "≥99.99%",
                        "全年云上核心民生业务系统无因政务云原因发生一起故障", "10", "10", ""),
                row("效益指标", "可持续影响指标", "创新购买服务，通过采购方式开展政务云基础设施服务。",
                        "制定政务云应用安全管理办法1项", "符合", "10", "10", ""),
                row("满意度指标", "服务对象满意度指标", "使用者满意度", "≥90%", "满意", "10", "10", ""));
        return new FiscalTableData("上海市大数据中心", 2020, "上海市政务云基础设施服务费 (运维)",
                "上海市大数据中心", "上海市大数据中心", funds, funds, FundsLine.NONE, FundsLine.NONE,
                executed.divide(budget, 4, RoundingMode.HALF_UP), new BigDecimal("10.00"), new BigDecimal("9.98"),
                "选取专业的电子政务云服务商（或云服务商团队）搭建设施资源层，分别构建高可用系统，明确管理责任边界，"
                        + "各自保障政务云平台可靠运行，同步推进2家云服务商政务云平台间的信息共享。同时，将云基础设施接入"
                        + "政务外网，优化承载电子政务云的传输网络，实现“云网合一”，对各委办局提供统一云服务。",
                "2020年通过公开招标确定了电信、联通、移动三家运营商作为上海市政务云服务商，搭建了云设施资源层，"
                        + "构建双活系统，明确管理责任边界，全年保障了市政务云平台可靠运行，完成了3家云服务商政务云平台间"
                        + "的信息共享。同时，将云基础设施接入政务外网，实现“云网合一”，满足了各部门信息系统业务迁移需求。",
                indicators, new BigDecimal("94.98"), "优", "上海-2020-v1",
                Instant.parse("2026-11-23T02:30:00Z"), draft, warnings);
    }

    private static IndicatorRow row(String level1, String level2, String level3, String target, String actual,
                                    String weight, String score, String deviation) {
        return new IndicatorRow(level1, level2, level3, target, actual,
                new BigDecimal(weight).setScale(2), new BigDecimal(score).setScale(2), deviation);
    }
}
