package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 17: the four 2020 forms of seed 001 read as printed tables. Each finding quotes the
 * printed row; the computed figures and the {@link ConsistencyWarning}s are unchanged by them.
 */
class PrintedTableChecksTest {

    private static List<String> messages(ShanghaiSelfEvaluations2020.Seed seed) {
        return SelfEvaluationCalculator.evaluate(seed.form(), seed.template()).tableWarnings().stream()
                .map(TableWarning::message).toList();
    }

    /** Row 8 (0-based), 个人、企业用户满意度: 100% / 100%, scored 9.00 of 10.00, 偏差原因 column empty. */
    @Test
    void oneNetServiceScoresAnAchievedRowBelowItsWeightWithoutReason() {
        assertEquals(List.of("indicators[8].score: 个人、企业用户满意度：年度指标值与实际完成值均为「100%」，得分 9.00 低于分值 10.00，且无偏差原因说明"),
                messages(ShanghaiSelfEvaluations2020.oneNetService()));
    }

    /**
     * 「基本完成」 three times: 数据治理程度 7.00/10.00, 管理制度配套率 7.00/10.00 (70% of the weight, twice) and
     * 数据共享完成率 10.00/10.00 (100%, the odd one, row 9).
     */
    @Test
    void dataOperationScoresOneQualitativeResultDifferently() {
        assertEquals(List.of("indicators[9].score: 同一完成情况「基本完成」得分不一：数据治理程度 7.00/10.00、管理制度配套率 7.00/10.00、"
                + "数据共享完成率 10.00/10.00"), messages(ShanghaiSelfEvaluations2020.dataOperation()));
    }

    /** 生态效益指标 printed without a third-level name (row 6); 长效制度建设 「完善」 → 「100%」 (row 7). */
    @Test
    void governmentExtranetHasABlankNameAndAQualitativeTargetWithAPercentage() {
        assertEquals(List.of("indicators[6].level3: 三级指标名称为空（效益指标 / 生态效益指标）",
                "indicators[7].actual: 长效制度建设：定性目标「完善」与定量实际完成值「100%」无法比较"),
                messages(ShanghaiSelfEvaluations2020.governmentExtranet()));
    }

    /** DOMAIN §5 golden row 3 prints a consistent table: 99.79% / 9.98 / 94.98 with no finding. */
    @Test
    void governmentCloudIsConsistent() {
        assertEquals(List.of(), messages(ShanghaiSelfEvaluations2020.governmentCloud()));
    }
}
