package org.perfportal.assessment.egovannual;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The numbers of the Pingliang scheme (平凉市电子政务工作考核办法 + 政务专网管理办法 参数): the two
 * indicator sets, the ranking's tie-break levels, the operator's arrival limits, the reminders
 * needed before a missed arrival costs rent, the deduction ranges and the monthly cap. The rule
 * classes read only this record, so a new scheme version is a new instance, never a code change.
 *
 * @param indicatorSets            the indicator set of each unit kind
 * @param tieBreaks                tie-break levels after the total, in order
 * @param arrivalLimits            the maintainer's arrival limit per location
 * @param remindersBeforeDeduction reminders (督促) before a missed arrival costs rent, 3
 * @param rentDeductionRanges      allowed percentage of the month's rent per ground
 * @param monthlyCapPercentage     most of a month's rent deducted in that month, in percent, 100
 * @param zone                     the tenant's time zone, which decides an incident's month and
 *                                 when the self-assessment closes
 * @param selfAssessmentDeadline   the last day of the assessed year on which units may self-assess
 *                                 (年底前自评打分), 12-31; the self-assessment closes at the end of that day
 */
public record EgovAnnualSchemeParameters(Map<UnitCategory, IndicatorSet> indicatorSets, List<TieBreak> tieBreaks,
                                        Map<NetworkLocation, Duration> arrivalLimits, int remindersBeforeDeduction,
                                        Map<RentDeductionGround, PercentageRange> rentDeductionRanges,
                                        BigDecimal monthlyCapPercentage, ZoneId zone,
                                        MonthDay selfAssessmentDeadline) {

    public EgovAnnualSchemeParameters {
        indicatorSets = Map.copyOf(indicatorSets);
        tieBreaks = List.copyOf(tieBreaks);
        arrivalLimits = Map.copyOf(arrivalLimits);
        rentDeductionRanges = Map.copyOf(rentDeductionRanges);
        requireComplete(indicatorSets, UnitCategory.class);
        requireComplete(arrivalLimits, NetworkLocation.class);
        requireComplete(rentDeductionRanges, RentDeductionGround.class);
        indicatorSets.forEach((category, set) -> {
            if (set.category() != category) {
                throw new IllegalArgumentException("the " + category + " entry holds the " + set.category() + " set");
            }
        });
        if (arrivalLimits.values().stream().anyMatch(limit -> limit.isNegative() || limit.isZero())) {
            throw new IllegalArgumentException("arrival limits must be positive");
        }
        if (remindersBeforeDeduction < 1) {
            throw new IllegalArgumentException("at least one reminder precedes a missed-arrival deduction");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(selfAssessmentDeadline, "selfAssessmentDeadline");
        if (monthlyCapPercentage.signum() <= 0) {
            throw new IllegalArgumentException("the monthly cap must be positive");
        }
    }

    /**
     * The 2025 Pingliang scheme. The method of 2010 lists what each heading covers but its
     * scoring sheets (考核评价细则(县区)/(市直), attachments 1 and 2) are not in the source, so
     * the indicators, weights and guidance below are <b>our reading</b> (DOMAIN §4
     * <b>Default</b>): one indicator per item the method lists, weighted by how much of the
     * heading it carries, regular weights adding up to 100, bonus indicators 3 + 3 counted up to
     * 5. Likewise Default: the tie-break — regular score first, because work on the assessed
     * contents should outrank bonus points; then 信息安全, the heading both methods stress
     * (谁主管谁负责, 追究责任); then a shared rank, since anything further would be arbitrary —
     * and the monthly cap of 100% of the rent, so the operator never owes rent back; the
     * self-assessment deadline of 31 December (the method's 年底前, read as the last day of the
     * assessed year, Asia/Shanghai). An incident
     * belongs to the month in which it was reported (当月: our reading too). The tenant admin edits any of it as a new scheme
     * version; the arrival limits (1 h 市区, 3 h 乡镇), the three reminders and the ranges
     * 5–10% / 10–30% are the method's own (第四十四条(一)).
     */
    public static EgovAnnualSchemeParameters template2025() {
        Map<UnitCategory, IndicatorSet> sets = new EnumMap<>(UnitCategory.class);
        sets.put(UnitCategory.COUNTY_DISTRICT, countySet());
        sets.put(UnitCategory.MUNICIPAL_DEPARTMENT, departmentSet());

        Map<NetworkLocation, Duration> arrival = new EnumMap<>(NetworkLocation.class);
        arrival.put(NetworkLocation.CITY, Duration.ofHours(1));
        arrival.put(NetworkLocation.TOWNSHIP, Duration.ofHours(3));

        Map<RentDeductionGround, PercentageRange> ranges = new EnumMap<>(RentDeductionGround.class);
        ranges.put(RentDeductionGround.NO_ARRIVAL_AFTER_REMINDERS, PercentageRange.of("5", "10"));
        ranges.put(RentDeductionGround.VIOLATION_CAUSING_SERIOUS_OR_REPEATED_FAULTS, PercentageRange.of("10", "30"));
        ranges.put(RentDeductionGround.FAULT_CAUSED_BY_NETWORK, PercentageRange.of("10", "30"));

        List<TieBreak> tieBreaks = List.of(new TieBreak.RegularScore(),
                new TieBreak.HeadingScore(Heading.INFORMATION_SECURITY));

        return new EgovAnnualSchemeParameters(sets, tieBreaks, arrival, 3, ranges, BigDecimal.valueOf(100),
                ZoneId.of("Asia/Shanghai"), MonthDay.of(12, 31));
    }

    /**
     * The instant the self-assessment of {@code year} closes: the start of the day after the
     * deadline day, in the tenant's zone, so the whole deadline day is still open.
     */
    public Instant selfAssessmentClosesAt(int year) {
        return selfAssessmentDeadline.atYear(year).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** 三、(一) 县(区)考核内容. */
    private static IndicatorSet countySet() {
        return new IndicatorSet(UnitCategory.COUNTY_DISTRICT, List.of(
                indicator("ZZ-01", Heading.ORGANIZATION, "“一把手”领导落实情况", 5,
                        "主要领导亲自抓电子政务、年内专题研究有记录得满分；分管领导负责的得3分；无记录不得分"),
                indicator("ZZ-02", Heading.ORGANIZATION, "电子政务负责机构设置情况", 4,
                        "设立专门机构并明确人员得满分；明确挂靠科室和专人的得2分"),
                indicator("ZZ-03", Heading.ORGANIZATION, "电子政务建设专项资金设立情况", 3,
                        "本级财政预算列有电子政务专项资金得满分"),
                indicator("ZZ-04", Heading.ORGANIZATION, "建立考核机制情况", 3,
                        "对所属部门开展电子政务考核并有文件和结果得满分"),
                indicator("YY-01", Heading.APPLICATION_EFFECT, "县(区)各部门网站建设情况", 10,
                        "按部门网站开通率和更新及时性折算；日常监测发现长期不更新的酌情扣分"),
                indicator("YY-02", Heading.APPLICATION_EFFECT, "政务专网应用情况", 10,
                        "按专网延伸覆盖、电子公文收发和无纸化传输情况评分，参考网络使用通报"),
                indicator("YY-03", Heading.APPLICATION_EFFECT, "政务信息公开及网上审批事项建设情况", 10,
                        "信息公开目录完整、及时各5分；网上审批事项按上线比例折算"),
                indicator("ZY-01", Heading.RESOURCE_SHARING, "人口、法人、自然资源和空间地理、宏观经济等基础数据库建设情况", 12,
                        "四个基础数据库各3分，建成并持续更新得满分，在建得1分"),
                indicator("ZY-02", Heading.RESOURCE_SHARING, "四大班子及各部门资源共享情况", 8,
                        "通过专网和办公自动化系统实现四大班子及部门间共享得满分，部分实现酌情给分"),
                indicator("AQ-01", Heading.INFORMATION_SECURITY, "信息安全保障文件制定、管理体系及应急体系建设情况", 8,
                        "有安全保障文件、管理体系、应急预案及演练记录，各项酌情给分"),
                indicator("AQ-02", Heading.INFORMATION_SECURITY, "信息安全容灾、备份能力情况", 6,
                        "重要数据定期备份并有异地或容灾措施得满分；仅本地备份得3分"),
                indicator("AQ-03", Heading.INFORMATION_SECURITY, "信息风险评估、等级保护工作情况", 6,
                        "完成风险评估和等级保护定级备案、测评，各项酌情给分"),
                indicator("HJ-01", Heading.ENVIRONMENT, "编制电子政务(信息化)发展规划情况", 5,
                        "有经批准的发展规划得满分；在编得2分"),
                indicator("HJ-02", Heading.ENVIRONMENT, "电子政务培训纳入公务员培训体系情况", 5,
                        "纳入公务员培训计划并按计划开展得满分"),
                indicator("HJ-03", Heading.ENVIRONMENT, "推行电子政务建设项目咨询、监理情况", 5,
                        "年内建设项目均实行咨询、监理得满分，部分实行酌情给分"),
                indicator("JF-01", Heading.BONUS, "项目列入国家、省、市试点示范及全国、全省推广示范情况", 3,
                        "国家级3分、省级2分、市级1分，取最高一项"),
                indicator("JF-02", Heading.BONUS, "县(区)门户网站当年全市网站评比排名情况", 3,
                        "第一名3分、第二名2分、第三名1分")),
                BigDecimal.valueOf(5));
    }

    /** 三、(二) 部门考核内容. */
    private static IndicatorSet departmentSet() {
        return new IndicatorSet(UnitCategory.MUNICIPAL_DEPARTMENT, List.of(
                indicator("ZZ-01", Heading.ORGANIZATION, "“一把手”领导落实情况", 8,
                        "主要领导亲自抓电子政务、年内专题研究有记录得满分；分管领导负责的得5分"),
                indicator("ZZ-02", Heading.ORGANIZATION, "设立审批机制和专人管理情况", 7,
                        "信息发布有审批机制得4分，明确管理员、文档员专人管理得3分"),
                indicator("YY-01", Heading.APPLICATION_EFFECT, "本单位网站建设情况", 10,
                        "网站开通、栏目完整、更新及时，日常监测发现长期不更新的酌情扣分"),
                indicator("YY-02", Heading.APPLICATION_EFFECT, "政务专网应用情况", 10,
                        "按电子公文收发、无纸化传输及专网使用情况评分，参考网络使用通报"),
                indicator("YY-03", Heading.APPLICATION_EFFECT, "政务信息公开、网上申报、下载事项及办理状态可查询情况", 15,
                        "信息公开5分、网上申报和表格下载5分、办理状态可查询5分"),
                indicator("ZY-01", Heading.RESOURCE_SHARING, "部门内部信息共享及促进跨部门信息共享情况", 15,
                        "部门内部以信息化手段共享得8分，与其他部门实现数据共享交换得7分"),
                indicator("AQ-01", Heading.INFORMATION_SECURITY, "系统风险评估和信息系统等级保护实施情况", 10,
                        "完成风险评估和等级保护定级备案、测评，各项酌情给分"),
                indicator("AQ-02", Heading.INFORMATION_SECURITY, "信息安全管理制度制定情况", 10,
                        "有安全管理、病毒防治、值班和应急制度并执行，各项酌情给分"),
                indicator("HJ-01", Heading.ENVIRONMENT, "本单位电子政务规划实现情况", 8,
                        "按规划年度目标完成比例折算"),
                indicator("HJ-02", Heading.ENVIRONMENT, "电子政务项目建设前期咨询及项目建设监理情况", 7,
                        "年内项目均有前期咨询和监理得满分，部分实行酌情给分"),
                indicator("JF-01", Heading.BONUS, "本单位项目列入国家、省、市试点示范及全国、全省推广示范情况", 3,
                        "国家级3分、省级2分、市级1分，取最高一项"),
                indicator("JF-02", Heading.BONUS, "本单位网站当年全市网站评比排名情况", 3,
                        "第一名3分、第二名2分、第三名1分")),
                BigDecimal.valueOf(5));
    }

    private static Indicator indicator(String code, Heading heading, String name, int weight, String guidance) {
        return new Indicator(code, heading, name, BigDecimal.valueOf(weight), guidance);
    }

    private static <K extends Enum<K>> void requireComplete(Map<K, ?> map, Class<K> keys) {
        if (map.size() != keys.getEnumConstants().length) {
            throw new IllegalArgumentException("parameters missing for some " + keys.getSimpleName());
        }
    }
}
