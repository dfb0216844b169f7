package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perfportal.fiscal.ShanghaiSelfEvaluations2020.d;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfportal.fiscal.ShanghaiSelfEvaluations2020.Seed;
import org.perfportal.shared.InvalidFieldException;

/** Golden values of DOMAIN.md §5, computed from the seed forms' amounts and recorded indicator scores. */
class SelfEvaluationCalculatorTest {

    @Test
    void oneNetServiceMatchesDomainGoldenRow1() {
        // 104,756,332.00 ÷ 104,769,000.00 = 1 − 12,668/104,769,000 = 0.999879… → 99.99%;
        // 10 × 0.999879… = 9.99879… → 10.00; indicators 8 × 10.00 + 9.00 = 89.00; total 99.00 优.
        SelfEvaluationResult result = evaluate(ShanghaiSelfEvaluations2020.oneNetService());

        assertGolden(result, "99.99", "10.00", "99.00", Grade.EXCELLENT);
        // 个人、企业用户满意度 100% → 100% suggests 10.00, the form gives 9.00 without a reason.
        assertEquals(List.of("indicators[8].score: recorded 9.00, computed 10.00"), heads(result));
    }

    @Test
    void dataOperationMatchesDomainGoldenRow2() {
        // 43,918,000.00 ÷ 43,918,000.00 = 1 → 100.00%, 10.00;
        // indicators 10+6+5+10+7+5+5+5+7+10+10 = 80.00; total 90.00, exactly on the 优 floor.
        SelfEvaluationResult result = evaluate(ShanghaiSelfEvaluations2020.dataOperation());

        assertGolden(result, "100.00", "10.00", "90.00", Grade.EXCELLENT);
        // 质量问题整改率 ≥90% → 80% suggests 10 × 80/90 = 8.89; the form gives 6.00 (its deviation text
        // explains the shortfall, not the figure). The printed budget score "10" equals 10.00: no warning.
        assertEquals(List.of("indicators[1].score: recorded 6.00, computed 8.89"), heads(result));
    }

    @Test
    void governmentCloudMatchesDomainGoldenRow3() {
        // 42,456,311.08 ÷ 42,546,380.00 = 1 − 90,068.92/42,546,380 = 0.997883… → 99.79%;
        // 10 × 0.997883… = 9.97883… → 9.98; indicators 7 × 10.00 + 15.00 = 85.00; total 94.98 优.
        SelfEvaluationResult result = evaluate(ShanghaiSelfEvaluations2020.governmentCloud());

        assertGolden(result, "99.79", "9.98", "94.98", Grade.EXCELLENT);
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void governmentExtranetWarnsThatPrintedFiguresDisagreeWithItsAmounts() {
        // DOMAIN.md §5 note: 51,562,685.00 ÷ 51,565,764.00 = 1 − 3,079/51,565,764 = 0.999940… → 99.99%;
        // 10 × 0.999940… = 9.99940… → 10.00. Indicators 10+9.2+9+10+5.4+5.4+6+6+5+5+4.8+4+3+2 = 84.80,
        // so the total from the amounts is 10.00 + 84.80 = 94.80; the form prints 92.64% / 9.26 / 94.06
        // (94.06 = 9.26 + 84.80: the indicator scores agree, only the budget figures are off).
        SelfEvaluationResult result = evaluate(ShanghaiSelfEvaluations2020.governmentExtranet());

        assertGolden(result, "99.99", "10.00", "94.80", Grade.EXCELLENT);
        assertEquals(List.of(
                new ConsistencyWarning("executionRate", "92.64%", "99.99%", ""),
                new ConsistencyWarning("budgetScore", "9.26", "10.00", ""),
                new ConsistencyWarning("total", "94.06", "94.80", "")), result.warnings());
        assertEquals("executionRate: recorded 92.64%, computed 99.99%", result.warnings().get(0).message());
    }

    @Test
    void recordedFiguresAreKeptOnTheFormNotReplaced() {
        Seed seed = ShanghaiSelfEvaluations2020.governmentExtranet();

        evaluate(seed);

        assertEquals(d("9.26"), seed.form().recorded().budgetScore());
    }

    @Test
    void everySeedFormHasWeightsSummingToNinety() {
        for (Seed seed : ShanghaiSelfEvaluations2020.all()) {
            assertEquals(0, d("90").compareTo(seed.form().indicators().stream().map(IndicatorRow::weight)
                    .reduce(d("0"), (a, b) -> a.add(b))), seed.form().projectName());
        }
    }

    @Test
    void weightsNotSummingToNinetyNameWeights() {
        Seed seed = ShanghaiSelfEvaluations2020.governmentCloud();
        List<IndicatorRow> rows = new ArrayList<>(seed.form().indicators());
        rows.remove(rows.size() - 1); // drop 使用者满意度 (10): 80 ≠ 90

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> SelfEvaluationCalculator.evaluate(withRows(seed.form(), rows), seed.template()));

        assertEquals("weights", e.field());
        assertTrue(e.getMessage().contains("80"), e.getMessage());
    }

    @Test
    void categoryWeightsMustMatchTheProjectTemplate() {
        // Project 3 splits 产出 40 / 效益 40 / 满意度 10; against the 50/30/10 default the 产出 rows fall 10 short.
        Seed seed = ShanghaiSelfEvaluations2020.governmentCloud();

        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> SelfEvaluationCalculator.evaluate(seed.form(), FiscalTemplate.default2020()));

        assertEquals("weights", e.field());
        assertTrue(e.getMessage().startsWith("产出指标"), e.getMessage());
    }

    @Test
    void formEnteredInThePortalHasNoRecordedFiguresToCompare() {
        SelfEvaluationForm filed = ShanghaiSelfEvaluations2020.governmentExtranet().form();
        SelfEvaluationForm entered = new SelfEvaluationForm(filed.projectName(), filed.competentDepartment(),
                filed.implementingUnit(), filed.year(), filed.funds(), filed.indicators(), null);

        SelfEvaluationResult result = SelfEvaluationCalculator.evaluate(entered,
                ShanghaiSelfEvaluations2020.governmentExtranet().template());

        assertEquals(List.of(), result.warnings());
        assertEquals("财预〔2020〕10号", result.basis());
    }

    private static SelfEvaluationResult evaluate(Seed seed) {
        return SelfEvaluationCalculator.evaluate(seed.form(), seed.template());
    }

    private static void assertGolden(SelfEvaluationResult result, String ratePercent, String budgetScore,
            String total, Grade grade) {
        assertEquals(d(ratePercent), result.budget().ratePercent());
        assertEquals(d(budgetScore), result.budget().score());
        assertEquals(d(total), result.total());
        assertEquals(grade, result.grade());
    }

    private static List<String> heads(SelfEvaluationResult result) {
        return result.warnings().stream()
                .map(w -> w.field() + ": recorded " + w.recorded() + ", computed " + w.computed()).toList();
    }

    private static SelfEvaluationForm withRows(SelfEvaluationForm form, List<IndicatorRow> rows) {
        return new SelfEvaluationForm(form.projectName(), form.competentDepartment(), form.implementingUnit(),
                form.year(), form.funds(), rows, form.recorded());
    }
}
