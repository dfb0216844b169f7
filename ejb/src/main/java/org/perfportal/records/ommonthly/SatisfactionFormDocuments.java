package org.perfportal.records.ommonthly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.perfportal.contract.UsingUnitService;
import org.perfportal.document.DocumentRenderers;
import org.perfportal.document.PreparedDocument;
import org.perfportal.identity.VerifiedCaller;
import org.perfportal.reports.DocumentHeader;
import org.perfportal.reports.satisfaction.SatisfactionFormData;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.tenant.TenantRegistry;

/**
 * The O&amp;M satisfaction form (政务信息系统运维满意度评价表, 附件4.1) as a document: blank, for a unit
 * to print, fill in, sign and stamp for a month; or a unit's submitted form filled in (never 草稿:
 * a submitted form is final), read as {@link OmRecordBook#form} lets the caller read it.
 */
@ApplicationScoped
public class SatisfactionFormDocuments {

    /**
     * The form's own version: 附件4.1 of the assessment method of 2025-04-22, printed as the scheme
     * version of the form until the monthly O&amp;M schemes carry it.
     */
    public static final String FORM_VERSION = "附件4.1（2025-04-22 考核办法）";

    @Inject
    private Clock clock;

    @Inject
    private OmRecordBook book;

    @Inject
    private UsingUnitService units;

    @Inject
    private TenantRegistry registry;

    @Inject
    private DocumentRenderers renderers;

    /** The blank form of {@code unitId} for {@code month} ({@code 2026-07}); missing or bad: 400 naming it, another tenant's unit 404. */
    public PreparedDocument blank(Long unitId, String month) {
        if (unitId == null) {
            throw new InvalidFieldException("unitId", "name the using unit, e.g. ?unitId=12");
        }
        YearMonth evaluated;
        try {
            evaluated = YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("month", "the month is written like 2026-07, not '" + month + "'");
        }
        String unitName = units.find(unitId).name();
        String period = evaluated.getYear() + "年" + evaluated.getMonthValue() + "月";
        SatisfactionFormData form = SatisfactionFormData.blank(new DocumentHeader(registry.currentDisplayName(), period,
                FORM_VERSION, clock.instant(), false), unitName, period);
        return prepared("运维满意度评价表-" + unitName + "-" + evaluated, form);
    }

    /** A submitted form filled in; another unit's is 403 {@code id} for a unit login, an unknown one 404 {@code id}. */
    public PreparedDocument filled(String recordId, VerifiedCaller caller) {
        OmSatisfactionForm submitted = book.form(recordId, caller);
        String period = book.assessmentMonth(submitted.contract().id(), submitted.month()).chineseLabel();
        SatisfactionFormData form = SatisfactionFormPrint.of(registry.currentDisplayName(), submitted, period, clock.instant());
        return prepared("运维满意度评价表-" + submitted.unit().name() + "-" + submitted.month(), form);
    }

    private PreparedDocument prepared(String stem, SatisfactionFormData form) {
        return new PreparedDocument(stem, (format, out, progress) -> renderers.satisfactionForm().render(form, format, out));
    }
}
