package org.perfportal.fiscal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.perfportal.fiscal.ShanghaiSelfEvaluations2020.d;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.perfportal.shared.InvalidFieldException;

class BudgetExecutionTest {

    private static final FiscalTemplate TEMPLATE = FiscalTemplate.default2020();

    @Test
    void rateAndScoreRoundOnlyAtTheLastStep() {
        // 9,994,500 ÷ 10,000,000 = 0.99945 → printed 99.945% → 99.95%;
        // score 10 × 0.99945 = 9.9945 → 9.99. Scoring the rounded 99.95% would wrongly give 9.995 → 10.00.
        BudgetExecution execution = BudgetExecution.of(funds("10000000.00", "9994500.00", null), TEMPLATE);

        assertEquals(d("99.95"), execution.ratePercent());
        assertEquals(d("9.99"), execution.score());
    }

    @Test
    void scoreIsProportionalBelowBudget() {
        // 8,000,000 ÷ 10,000,000 = 0.8; 10 × 0.8 = 8.00; printed 80.00%.
        BudgetExecution execution = BudgetExecution.of(funds("10000000.00", "8000000.00", null), TEMPLATE);

        assertEquals(d("80.00"), execution.ratePercent());
        assertEquals(d("8.00"), execution.score());
    }

    @Test
    void overBudgetIsCappedAtFullPoints() {
        // 10,500,000 ÷ 10,000,000 = 1.05 → shown 105.00%; score 10 × min(1.05, 1) = 10.00.
        BudgetExecution execution = BudgetExecution.of(
                funds("10000000.00", "10500000.00", "追加采购经批准，资金已到位"), TEMPLATE);

        assertEquals(d("105.00"), execution.ratePercent());
        assertEquals(d("10.00"), execution.score());
    }

    @Test
    void overBudgetWithoutNoteNamesTheField() {
        InvalidFieldException e = assertThrows(InvalidFieldException.class,
                () -> funds("10000000.00", "10000000.01", " "));

        assertEquals("overBudgetNote", e.field());
    }

    @Test
    void splitThatDoesNotAddUpNamesTheColumn() {
        // 30 + 10 + 5 = 45 ≠ 50
        FundSplit unbalanced = new FundSplit(d("50"), d("30"), d("10"), d("5"));
        FundSplit balanced = new FundSplit(d("50"), d("30"), d("15"), d("5"));

        assertEquals("annualBudget", assertThrows(InvalidFieldException.class,
                () -> ProjectFunds.withinBudget(balanced, unbalanced, balanced)).field());
        assertEquals("executed", assertThrows(InvalidFieldException.class,
                () -> ProjectFunds.withinBudget(balanced, balanced, unbalanced)).field());
        assertEquals("initialBudget", assertThrows(InvalidFieldException.class,
                () -> ProjectFunds.withinBudget(unbalanced, balanced, balanced)).field());
    }

    @Test
    void negativeAmountNamesColumnAndSource() {
        // −5 carry-over balances (50 = 30 + 25 − 5) but no column of the form can hold a negative amount.
        FundSplit negative = new FundSplit(d("50"), d("30"), d("-5"), d("25"));
        FundSplit balanced = new FundSplit(d("50"), d("30"), d("15"), d("5"));

        assertEquals("executed.priorYearCarryover", assertThrows(InvalidFieldException.class,
                () -> ProjectFunds.withinBudget(balanced, balanced, negative)).field());
    }

    @Test
    void splitAcrossSourcesCountsTheTotal() {
        // budget 50 = 30 + 15 + 5; executed 45 = 30 + 10 + 5; 45 ÷ 50 = 0.9 → 9.00
        ProjectFunds funds = ProjectFunds.withinBudget(new FundSplit(d("50"), d("30"), d("15"), d("5")),
                new FundSplit(d("50"), d("30"), d("15"), d("5")), new FundSplit(d("45"), d("30"), d("10"), d("5")));

        assertEquals(d("9.00"), BudgetExecution.of(funds, TEMPLATE).score());
    }

    @Test
    void zeroBudgetIsRejected() {
        assertEquals("annualBudget", assertThrows(InvalidFieldException.class,
                () -> funds("0", "0", null)).field());
    }

    private static ProjectFunds funds(String budget, String executed, String note) {
        FundSplit plan = FundSplit.appropriationOnly(new BigDecimal(budget));
        return new ProjectFunds(plan, plan, FundSplit.appropriationOnly(new BigDecimal(executed)), note);
    }
}
