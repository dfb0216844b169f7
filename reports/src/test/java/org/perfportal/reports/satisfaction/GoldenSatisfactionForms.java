package org.perfportal.reports.satisfaction;

import java.time.Instant;
import java.util.List;

import org.perfportal.reports.DocumentHeader;

/**
 * Satisfaction forms (附件4.1) of 漯河市公安局 for 2026年7月: blank, and filled as in the golden
 * monthly sheet (four items 满意, 异常解决情况 基本满意 → 4 × 6 + 6 × 0.8 = 28.80 points, no accident).
 */
public final class GoldenSatisfactionForms {

    static final String PERIOD = "2026年7月（2026-07-10 至 2026-08-09）";

    private GoldenSatisfactionForms() {
    }

    public static SatisfactionFormData blank() {
        return SatisfactionFormData.blank(header(), "漯河市公安局", PERIOD);
    }

    public static SatisfactionFormData filled() {
        List<SatisfactionItem> items = List.of(
                new SatisfactionItem("运维服务对接情况", "每周对接", "满意"),
                new SatisfactionItem("系统正常使用情况", "", "满意"),
                new SatisfactionItem("异常响应情况", "", "满意"),
                new SatisfactionItem("异常解决情况", "7月18日故障恢复偏慢", "基本满意"),
                new SatisfactionItem("运维公司服务态度", "", "满意"));
        return new SatisfactionFormData(header(), "漯河市公安局", PERIOD, "2026-08-08", items, false,
                "7月18日故障恢复超过 2 小时", "建议故障期间每小时通报进展");
    }

    private static DocumentHeader header() {
        return new DocumentHeader("漯河市政务大数据中心", PERIOD, "luohe-2026", Instant.parse("2026-08-01T00:00:00Z"), false);
    }
}
