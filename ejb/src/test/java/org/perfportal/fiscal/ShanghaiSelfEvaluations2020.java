package org.perfportal.fiscal;

import static org.perfportal.fiscal.IndicatorCategory.EFFECT;
import static org.perfportal.fiscal.IndicatorCategory.OUTPUT;
import static org.perfportal.fiscal.IndicatorCategory.SATISFACTION;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The four 2020 self-evaluation forms (财政项目支出绩效自评表) of 上海市大数据中心, transcribed from
 * seed {@code 001_1004c3201a5a02b7.txt} with the OCR errors of DOMAIN.md corrected (敁→效,
 * 亍→于, 丌→不, 幵→并, 秱→移, 劢→动, 于→云 in 政务云/上云, 敀→故, 亏→互, 仸→任, 与→专,
 * 不→与, 绅→细, 组细→组织).
 *
 * <p>Kept as Java rather than a JSON/CSV resource: the forms are test evidence, not data the
 * application loads, so the compiler checks every row and no parser has to be written and tested
 * for them. The seed prints every form twice (two renderings of the same pages); both copies
 * agree figure for figure, and one is transcribed here.
 *
 * <p>Each project's level-1 weights differ from the 50/30/10 default (调整一级指标权重), so each
 * seed carries its adjusted template.
 */
final class ShanghaiSelfEvaluations2020 {

    /** A filed form and the template its level-1 weights imply. */
    record Seed(SelfEvaluationForm form, FiscalTemplate template) {
    }

    private static final String CENTER = "上海市大数据中心";

    private ShanghaiSelfEvaluations2020() {
    }

    static List<Seed> all() {
        return List.of(oneNetService(), dataOperation(), governmentCloud(), governmentExtranet());
    }

    /** "一网通办"及"随申办"运营: DOMAIN.md §5 row 1. */
    static Seed oneNetService() {
        return seed("“一网通办”及“随申办”运营", "39090800.00", "104769000.00", "104756332.00",
                new RecordedFigures(d("99.99"), d("10.00"), d("99.00")),
                weights("30", "50", "10"),
                row(OUTPUT, "数量指标", "完成率", "100%", "100%", "10.00", "10.00", ""),
                row(OUTPUT, "质量指标", "安全事件发现率", "≥90%", "≥90%", "10.00", "10.00", ""),
                row(OUTPUT, "时效指标", "服务响应及时率", "100%", "100%", "10.00", "10.00", ""),
                row(EFFECT, "经济效益指标", "营造良好的营商环境", "100%", "100%", "10.00", "10.00", ""),
                row(EFFECT, "社会效益指标", "提高政务服务获得感", "100%", "100%", "10.00", "10.00", ""),
                row(EFFECT, "生态效益指标", "生态效益", "100%", "100%", "10.00", "10.00", ""),
                row(EFFECT, "可持续影响指标", "长效管理制度建设", "完善", "完善", "10.00", "10.00", ""),
                row(EFFECT, "可持续影响指标", "公共数据安全管理创新", "100%", "100%", "10.00", "10.00", ""),
                row(SATISFACTION, "服务对象满意度指标", "个人、企业用户满意度", "100%", "100%", "10.00", "9.00", ""));
    }

    /** 数据运营服务: DOMAIN.md §5 row 2. */
    static Seed dataOperation() {
        return seed("数据运营服务", "43918000.00", "43918000.00", "43918000.00",
                new RecordedFigures(d("100.00"), d("10"), d("90.00")),
                weights("35", "45", "10"),
                row(OUTPUT, "数量指标", "数据运营服务", "6项", "6项", "10.00", "10.00", ""),
                row(OUTPUT, "质量指标", "质量问题整改率", "≥90%", "80%", "10.00", "6.00",
                        "数据质量体系的构建需要进一步完善与细化，数据质量规则还有待优化。"),
                row(OUTPUT, "时效指标", "数据运营服务及时性", "≥95%", "95%", "5.00", "5.00", ""),
                row(OUTPUT, "成本指标", "预算金额结算率", "100%", "100%", "10.00", "10.00", ""),
                row(EFFECT, "社会效益指标", "数据治理程度", "≥90%", "基本完成", "10.00", "7.00",
                        "加强数据治理体系建设，和各部门一起完善数据治理方式方法。"),
                row(EFFECT, "生态效益指标", "生态效益", "100%", "100%", "5.00", "5.00", ""),
                row(EFFECT, "可持续影响指标", "建立数据长效运营服务规章制度", "2套", "2套", "5.00", "5.00", ""),
                row(EFFECT, "可持续影响指标", "建立运营服务团队", "≥150", "满足条件", "5.00", "5.00", ""),
                row(EFFECT, "可持续影响指标", "管理制度配套率", "100%", "基本完成", "10.00", "7.00",
                        "随着数据治理业务的开展，管理制度还需要进一步配备。"),
                row(EFFECT, "可持续影响指标", "数据共享完成率", "≥90%", "基本完成", "10.00", "10.00", ""),
                row(SATISFACTION, "服务对象满意度指标", "使用方满意度", "≥95%", "95%", "10.00", "10.00", ""));
    }

    /** 上海市政务云基础设施服务费 (运维): DOMAIN.md §5 row 3. */
    static Seed governmentCloud() {
        return seed("上海市政务云基础设施服务费 (运维)", "42546380.00", "42546380.00", "42456311.08",
                new RecordedFigures(d("99.79"), d("9.98"), d("94.98")),
                weights("40", "40", "10"),
                row(OUTPUT, "数量指标", "迁移上云完成率", "100%", "市级非涉密信息系统全量上云", "10.00", "10.00", ""),
                row(OUTPUT, "质量指标", "政务云整体运行运行稳定率", "≥99.99%", "年未发生重大故障", "10.00", "10.00", ""),
                row(OUTPUT, "时效指标", "故障响应及时率", "100%", "及时", "10.00", "10.00", ""),
                row(OUTPUT, "成本指标", "上云项目硬件建设不再投入运维", "核减上云项目运维费",
                        "按先用后付、按实计算的方式减低了成本支出", "10.00", "10.00", ""),
                row(EFFECT, "经济效益指标", "降低新建信息化项目投入", "新建项目依托政务云建设，不再投入硬件设备",
                        "通过政府购买服务的方式，没有固定资产投入，节约了项目投入", "20.00", "15.00",
                        "因业务特殊性，部分信息系统需使用专用设备，后续将研究技术解决方案。"),
                row(EFFECT, "社会效益指标", "保障市级核心民生业务", "≥99.99%",
                        "全年云上核心民生业务系统无因政务云原因发生一起故障", "10.00", "10.00", ""),
                row(EFFECT, "可持续影响指标", "创新购买服务，通过采购方式开展政务云基础设施服务。",
                        "制定政务云应用安全管理办法1项", "符合", "10.00", "10.00", ""),
                row(SATISFACTION, "服务对象满意度指标", "使用者满意度", "≥90%", "满意", "10.00", "10.00", ""));
    }

    /** 上海市政务外网网络建设运营 (运维): DOMAIN.md §5 row 4, the form whose printed figures disagree. */
    static Seed governmentExtranet() {
        return seed("上海市政务外网网络建设运营 (运维)", "51565764.00", "51565764.00", "51562685.00",
                new RecordedFigures(d("92.64"), d("9.26"), d("94.06")),
                weights("40", "48", "2"),
                row(OUTPUT, "数量指标", "项目计划完成率", "100%", "100%", "10.00", "10.00", ""),
                row(OUTPUT, "质量指标", "质量用户满意度", "100%", "92%", "10.00", "9.20",
                        "从政务外网管理标准出发，进一步规范市政务外网建设、运行、安全管理等活动。"),
                row(OUTPUT, "时效指标", "系统故障响应及时性", "100%", "90%", "10.00", "9.00",
                        "在推动运营单位建立专项运维团队基础上，进一步提升政务外网日常监控、故障处置、安全响应、"
                                + "日常巡检、重大保障等运维工作，并对故障及各项工作进行及时处置和部署，形成规范运维服务流程。"
                                + "其次，建立用户分级保障机制，优化客服热线服务，同步实现运维信息的有效达知，"
                                + "并建立故障处理用户评价机制，实现用户服务延伸。"),
                row(OUTPUT, "成本指标", "成本控制", "100%", "100%", "10.00", "10.00", ""),
                row(EFFECT, "经济效益指标", "网络环境", "100%", "90%", "6.00", "5.40",
                        "依据网络安全等级保护要求，做好等保三级测评，并按要求进行整改，加强市级政务外网网络安全。"),
                row(EFFECT, "社会效益指标", "服务获得感", "100%", "90%", "6.00", "5.40",
                        "随着“一网通办”、“一网统管”、“雪亮工程”等重大应用及智慧城市治理工作的推进，"
                                + "对政务外网的承载能力、健壮性和安全性提出了更高的要求。"),
                row(EFFECT, "生态效益指标", "", "100%", "100%", "6.00", "6.00", ""),
                row(EFFECT, "可持续影响指标", "长效制度建设", "完善", "100%", "6.00", "6.00", ""),
                row(EFFECT, "可持续影响指标", "人员到岗率", "100%", "100%", "5.00", "5.00", ""),
                row(EFFECT, "可持续影响指标", "部门参与度", "100%", "100%", "5.00", "5.00", ""),
                row(EFFECT, "可持续影响指标", "配套齐全性", "100%", "80%", "6.00", "4.80",
                        "从服务政务外网用户出发，在运维服务、网络可靠性、网络安全方面仍需做到进一步提升。"),
                row(EFFECT, "可持续影响指标", "信息共享度", "100%", "80%", "5.00", "4.00",
                        "运管平台各项功能建设有待完善，优化并做到实时信息查询和导出，做到全面的信息共享。"),
                row(EFFECT, "可持续影响指标", "环境效益", "100%", "100%", "3.00", "3.00", ""),
                row(SATISFACTION, "服务对象满意度指标", "使用者满意度", "100%", "100%", "2.00", "2.00", ""));
    }

    private static Seed seed(String project, String initialBudget, String annualBudget, String executed,
            RecordedFigures recorded, Map<IndicatorCategory, BigDecimal> weights, IndicatorRow... rows) {
        ProjectFunds funds = ProjectFunds.withinBudget(FundSplit.appropriationOnly(d(initialBudget)),
                FundSplit.appropriationOnly(d(annualBudget)), FundSplit.appropriationOnly(d(executed)));
        SelfEvaluationForm form = new SelfEvaluationForm(project, CENTER, CENTER, 2020, funds, List.of(rows), recorded);
        return new Seed(form, FiscalTemplate.default2020().withCategoryWeights(weights));
    }

    private static Map<IndicatorCategory, BigDecimal> weights(String output, String effect, String satisfaction) {
        return Map.of(OUTPUT, d(output), EFFECT, d(effect), SATISFACTION, d(satisfaction));
    }

    private static IndicatorRow row(IndicatorCategory category, String level2, String level3, String target,
            String actual, String weight, String score, String deviation) {
        return new IndicatorRow(category, level2, level3, IndicatorTarget.read(target), actual, d(weight), d(score),
                deviation);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
