package org.perfportal.fiscal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks an assessor makes reading a printed 财政项目支出绩效自评表 row by row (issue 17, seed 001),
 * run on imported forms: each finding is a {@link TableWarning}, never a refusal.
 * <ol>
 *   <li>One qualitative result scored differently in one form: 数据运营服务 prints 「基本完成」 at 7.00/10.00
 *       twice and at 10.00/10.00 once. The share of the weight is compared; the rows off the share most
 *       rows of that result have are warned.</li>
 *   <li>A row achieved as targeted (年度指标值 and 实际完成值 written alike, e.g. 100% / 100%) scored below
 *       its weight with an empty 偏差原因分析: 个人、企业用户满意度 100% / 100% at 9.00 of 10.00.</li>
 *   <li>A blank third-level indicator name (三级指标): the extranet form's 生态效益指标 row.</li>
 *   <li>A qualitative target with a quantitative actual: 长效制度建设 「完善」 → 「100%」, which no rule can compare.</li>
 * </ol>
 */
final class PrintedTableChecks {

    private PrintedTableChecks() {
    }

    static List<TableWarning> of(List<IndicatorRow> rows) {
        List<TableWarning> warnings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            if (row.level3().isBlank()) {
                warnings.add(new TableWarning(field(i, "level3"), "三级指标名称为空（" + row.category().label() + " / " + row.level2() + "）"));
            }
            if (!row.target().isQuantitative() && IndicatorTarget.read(row.actual()).isQuantitative()) {
                warnings.add(new TableWarning(field(i, "actual"), name(row) + "：定性目标「" + row.target().text()
                        + "」与定量实际完成值「" + row.actual() + "」无法比较"));
            }
            if (row.target().text().equals(row.actual().strip()) && row.score().compareTo(row.weight()) < 0
                    && row.deviation().isBlank()) {
                warnings.add(new TableWarning(field(i, "score"), name(row) + "：年度指标值与实际完成值均为「" + row.actual()
                        + "」，得分 " + points(row.score()) + " 低于分值 " + points(row.weight()) + "，且无偏差原因说明"));
            }
        }
        sameResultScoredAlike(rows, warnings);
        warnings.sort(Comparator.comparing(w -> index(w.field())));
        return warnings;
    }

    /** Check 1: the rows of one textual result (基本完成, 满足条件…) at a share of the weight other than the usual one. */
    private static void sameResultScoredAlike(List<IndicatorRow> rows, List<TableWarning> warnings) {
        Map<String, List<Integer>> byResult = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow row = rows.get(i);
            if (!IndicatorTarget.read(row.actual()).isQuantitative()) {
                byResult.computeIfAbsent(row.actual().strip(), k -> new ArrayList<>()).add(i);
            }
        }
        byResult.forEach((result, indexes) -> {
            Map<BigDecimal, Long> shares = indexes.stream().map(i -> share(rows.get(i)))
                    .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
            if (shares.size() < 2) {
                return;
            }
            BigDecimal usual = shares.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String all = indexes.stream().map(i -> name(rows.get(i)) + " " + points(rows.get(i).score()) + "/" + points(rows.get(i).weight()))
                    .collect(Collectors.joining("、"));
            indexes.stream().filter(i -> share(rows.get(i)).compareTo(usual) != 0).forEach(i -> warnings.add(new TableWarning(
                    field(i, "score"), "同一完成情况「" + result + "」得分不一：" + all)));
        });
    }

    private static BigDecimal share(IndicatorRow row) {
        return row.score().divide(row.weight(), 4, RoundingMode.HALF_UP);
    }

    private static String name(IndicatorRow row) {
        return row.level3().isBlank() ? row.level2() : row.level3();
    }

    private static String points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String field(int index, String property) {
        return "indicators[" + index + "]." + property;
    }

    private static int index(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }
}
