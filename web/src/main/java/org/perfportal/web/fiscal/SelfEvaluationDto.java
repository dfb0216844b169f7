package org.perfportal.web.fiscal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import org.perfportal.fiscal.SelfEvaluation;
import org.perfportal.fiscal.SelfEvaluationContent;
import org.perfportal.fiscal.SelfEvaluationStatus;

/**
 * A self-evaluation form version (绩效自评表) as the API reads and writes it. On input only the
 * form's content counts, plus {@code version} on update (optimistic locking); {@code id},
 * {@code projectId}, {@code formVersion} (版本号), {@code status}, {@code submitted} (the
 * figures frozen at submission) and {@code schemeVersion} (the fiscal-self-evaluation version last
 * computed with, kept once submitted) are read-only. The funds columns sit at the top level under the
 * names the domain uses, so a problem's {@code field} is the JSON path of the amount at fault.
 */
public record SelfEvaluationDto(
        Long id,
        Long projectId,
        Integer formVersion,
        SelfEvaluationStatus status,
        @NotNull String annualGoal,
        @NotNull String actualCompletion,
        @NotNull @Valid FundSplitDto initialBudget,
        @NotNull @Valid FundSplitDto annualBudget,
        @NotNull @Valid FundSplitDto executed,
        String overBudgetNote,
        @NotEmpty List<@NotNull @Valid IndicatorDto> indicators,
        @Valid RecordedFiguresDto recorded,
        FiguresView submitted,
        String schemeVersion,
        Long version,
        OffsetDateTime createdAt) {

    static SelfEvaluationDto of(SelfEvaluation evaluation) {
        SelfEvaluationContent content = evaluation.content();
        return new SelfEvaluationDto(evaluation.id(), evaluation.project().id(), evaluation.formVersion(),
                evaluation.status(), content.annualGoal(), content.actualCompletion(),
                FundSplitDto.of(content.initialBudget()), FundSplitDto.of(content.annualBudget()),
                FundSplitDto.of(content.executed()), content.overBudgetNote(),
                content.indicators().stream().map(IndicatorDto::of).toList(), RecordedFiguresDto.of(content.recorded()),
                evaluation.submitted().map(FiguresView::of).orElse(null), evaluation.schemeVersionLabel(), evaluation.version(),
                evaluation.createdAt());
    }

    SelfEvaluationContent toContent() {
        return new SelfEvaluationContent(annualGoal, actualCompletion, initialBudget.toSplit(), annualBudget.toSplit(),
                executed.toSplit(), overBudgetNote, indicators.stream().map(IndicatorDto::toEntry).toList(),
                recorded == null ? null : recorded.toFigures());
    }
}
