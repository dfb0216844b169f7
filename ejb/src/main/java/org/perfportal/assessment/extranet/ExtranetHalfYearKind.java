package org.perfportal.assessment.extranet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.AssessmentKind;
import org.perfportal.document.DocumentRenderers;
import org.perfportal.document.PreparedDocument;
import org.perfportal.reports.extranet.ExtranetSheetData;
import org.perfportal.scheme.SchemeCodec;
import org.perfportal.scheme.SchemeService;
import org.perfportal.shared.RecordNotFoundException;

/**
 * The extranet half-year assessment (电子政务外网半年考核) as a kind of the workflow: it assesses the
 * whole tenant (no subject) per half-year ({@code 2026-H1}); its figures are the
 * {@link ExtranetSettlement} against the covering contract's final payment; its document the
 * 电子政务外网支撑保障服务考核表（半年考核）.
 */
@ApplicationScoped
public class ExtranetHalfYearKind implements AssessmentKind {

    @Inject
    private ExtranetHalfYearService halfYears;

    @Inject
    private ExtranetRecordSource records;

    @Inject
    private ExtranetSchemeCodec codec;

    @Inject
    private SchemeService schemes;

    @Inject
    private DocumentRenderers renderers;

    @Override
    public SchemeCodec<?> codec() {
        return codec;
    }

    @Override
    public void requireSubject(Long subjectId) {
        if (subjectId != null) {
            throw new RecordNotFoundException("id", "the " + id() + " assessment is of the whole tenant, not of " + subjectId);
        }
    }

    @Override
    public Assessment compute(Long subjectId, String period) {
        return halfYears.compute(period.strip());
    }

    /**
     * The settlement against the contract covering the half-year when this revision was computed, so
     * that it never changes afterwards (none covering: no figures).
     */
    @Override
    public ExtranetSettlement figures(Assessment result) {
        HalfYear period = HalfYear.parse(result.periodLabel());
        return ExtranetSettlement.of(period, result.total(), records.covering(period, result.computedAt()));
    }

    /** 线路数量: the covering contract's lines in service on some day of the half-year. */
    private int lineCount(HalfYear period, Assessment result) {
        ExtranetRecords book = records.records();
        ExtranetRecords sheet = records.covering(period, result.computedAt()).map(c -> book.ofContract(c.id())).orElse(book);
        return (int) sheet.lines().stream().filter(line -> line.inServiceDuring(period.firstDay(), period.lastDay())).count();
    }

    @Override
    public PreparedDocument document(Assessment result, String tenantName, Instant now) {
        ExtranetSettlement settlement = figures(result);
        ExtranetSheetData sheet = ExtranetSheetPrint.of(tenantName, result, schemes.applied(codec, result.schemeId()),
                settlement, lineCount(HalfYear.parse(result.periodLabel()), result), now);
        return new PreparedDocument("半年考核表-" + result.periodLabel() + "-第" + result.revision() + "次",
                (format, out, progress) -> renderers.extranetSheet().render(sheet, format, out, progress));
    }
}
