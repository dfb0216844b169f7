package org.perfportal.web.fiscal;

import java.util.List;
import org.perfportal.fiscal.ComputedSelfEvaluation;
import org.perfportal.fiscal.ConsistencyWarning;
import org.perfportal.fiscal.SelfEvaluation;
import org.perfportal.fiscal.SelfEvaluationResult;
import org.perfportal.fiscal.SelfEvaluationStatus;
import org.perfportal.fiscal.TableWarning;

/**
 * The result view of a self-evaluation (自评结果): the scheme version computed under (the one in
 * force for a draft, the one submitted with for a filed form), the figures computed from the form's data side by
 * side with those recorded on an imported form, every disagreement as a consistency warning
 * (校验提示) — shown, never silently resolved (DOMAIN.md §5) — the imported table's inconsistencies with
 * itself ({@code tableWarnings}) and, once submitted, the figures
 * frozen at submission, which are the filed result whatever the rules compute later.
 */
public record SelfEvaluationResultView(Long selfEvaluationId, int formVersion, SelfEvaluationStatus status,
        String schemeVersion, FiguresView computed, RecordedFiguresDto recorded, FiguresView submitted, List<Warning> warnings,
        List<TableCheck> tableWarnings) {

    /**
     * One inconsistency inside an imported form's printed table (表内一致性提示): the row's field, what is
     * inconsistent, and the one-line message.
     */
    public record TableCheck(String field, String note, String message) {

        static TableCheck of(TableWarning warning) {
            return new TableCheck(warning.field(), warning.note(), warning.message());
        }
    }

    /** One consistency warning: the figure, both values as printed, a note and the one-line message. */
    public record Warning(String field, String recorded, String computed, String note, String message) {

        static Warning of(ConsistencyWarning warning) {
            return new Warning(warning.field(), warning.recorded(), warning.computed(), warning.note(), warning.message());
        }
    }

    static SelfEvaluationResultView of(SelfEvaluation evaluation, ComputedSelfEvaluation computed) {
        SelfEvaluationResult result = computed.result();
        return new SelfEvaluationResultView(evaluation.id(), evaluation.formVersion(), evaluation.status(),
                computed.schemeVersionLabel(), FiguresView.of(result), RecordedFiguresDto.of(evaluation.content().recorded()),
                evaluation.submitted().map(FiguresView::of).orElse(null), result.warnings().stream().map(Warning::of).toList(),
                result.tableWarnings().stream().map(TableCheck::of).toList());
    }
}
