package org.perfportal.fiscal;

import java.time.Instant;
import java.util.List;
import org.perfportal.reports.fiscal.FiscalTableData;
import org.perfportal.reports.fiscal.FundsLine;

/**
 * The printed self-evaluation table (自评表打印稿) of one form: its content and its computed
 * result turned into the data the documents module lays out. Kept apart from the service so the
 * service stays about use cases, and the documents module never sees an entity.
 */
final class FiscalTablePrint {

    private FiscalTablePrint() {
    }

    static FiscalTableData of(String tenantName, SelfEvaluation evaluation, SelfEvaluationResult result, Instant now) {
        FiscalProject project = evaluation.project();
        SelfEvaluationContent content = evaluation.content();
        List<org.perfportal.reports.fiscal.IndicatorRow> rows = content.indicators().stream()
                .map(entry -> new org.perfportal.reports.fiscal.IndicatorRow(entry.category().label(), entry.level2(),
                        entry.level3(), entry.target(), entry.actual(), entry.weight(), entry.score(), entry.deviation(),
                        entry.linkSource()))
                .toList();
        return new FiscalTableData(tenantName, project.year(), project.name(), project.competentDepartment(),
                project.implementingUnit(),
                new FundsLine(content.initialBudget().total(), content.annualBudget().total(), content.executed().total()),
                new FundsLine(content.initialBudget().currentYearAppropriation(),
                        content.annualBudget().currentYearAppropriation(), content.executed().currentYearAppropriation()),
                new FundsLine(content.initialBudget().priorYearCarryover(),
                        content.annualBudget().priorYearCarryover(), content.executed().priorYearCarryover()),
                new FundsLine(content.initialBudget().otherFunds(), content.annualBudget().otherFunds(),
                        content.executed().otherFunds()),
                result.budget().rate(), result.budgetPoints(), result.budget().score(),
                nullToEmpty(content.annualGoal()), nullToEmpty(content.actualCompletion()), rows,
                result.total(), result.grade().label(),
                result.basis() + " · 第" + evaluation.formVersion() + "版",
                now,
                evaluation.status() == SelfEvaluationStatus.DRAFT,
                result.warnings().stream().map(ConsistencyWarning::message).toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
