package org.perfportal.assessment.ommonthly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.AssessmentKind;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.ServiceContractService;
import org.perfportal.contract.UsingUnit;
import org.perfportal.contract.UsingUnitService;
import org.perfportal.document.DocumentRenderers;
import org.perfportal.document.PreparedDocument;
import org.perfportal.reports.monthly.MonthlySheetRenderer;
import org.perfportal.scheme.SchemeCodec;
import org.perfportal.scheme.SchemeService;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.tenant.TenantRegistry;

/**
 * The monthly O&amp;M assessment (运维月度考核) as a kind of the workflow: assessed per O&amp;M contract
 * (the subject) and contract month ({@code 2026-10}); its figures are the stored
 * {@link OmMonthSummary} (score, grade, money); its document the 运维月度考核表, one month or a year
 * of the months in force (年度汇编).
 */
@ApplicationScoped
public class OmMonthlyKind implements AssessmentKind {

    @Inject
    private Clock clock;

    @Inject
    private OmMonthService months;

    @Inject
    private OmSchemeCodec codec;

    @Inject
    private SchemeService schemes;

    @Inject
    private ServiceContractService contracts;

    @Inject
    private UsingUnitService units;

    @Inject
    private TenantRegistry registry;

    @Inject
    private DocumentRenderers renderers;

    @Override
    public SchemeCodec<?> codec() {
        return codec;
    }

    @Override
    public void requireSubject(Long subjectId) {
        if (subjectId == null) {
            throw new RecordNotFoundException("contractId", "the " + id() + " assessment is of an O&M contract");
        }
        contracts.get(subjectId);
    }

    @Override
    public Assessment compute(Long subjectId, String period) {
        return months.compute(subjectId, period).assessment();
    }

    @Override
    public OmMonthSummary figures(Assessment result) {
        return months.summaryOf(result);
    }

    @Override
    public PreparedDocument document(Assessment result, String tenantName, Instant now) {
        OmMonth month = new OmMonth(result, figures(result), false);
        MonthSheetPrint.Sheet sheet = sheet(month, tenantName, contracts.get(result.subjectId()), unitNames(), now);
        return prepared(sheet, "运维月度考核表-" + result.periodLabel() + "-第" + result.revision() + "次");
    }

    /**
     * A year of month sheets in one document (年度汇编): the results in force of the contract's months
     * labelled {@code year}, month by month; {@code year} missing or not a year 400 {@code year}, a
     * year without any approved month 404 {@code year}. Results in force are published, so anyone's.
     */
    public PreparedDocument yearDocument(long contractId, String year) {
        if (year == null || !year.strip().matches("20\\d\\d")) {
            throw new InvalidFieldException("year", "name the year, e.g. ?year=2026");
        }
        int asked = Integer.parseInt(year.strip());
        List<OmMonth> inForce = months.inForceInYear(contractId, asked);
        if (inForce.isEmpty()) {
            throw new RecordNotFoundException("year", "no month of " + asked + " has an approved result");
        }
        String tenantName = registry.currentDisplayName();
        ServiceContract contract = contracts.get(contractId);
        Map<String, String> names = unitNames();
        Instant now = clock.instant();
        List<MonthSheetPrint.Sheet> sheets = inForce.stream().map(m -> sheet(m, tenantName, contract, names, now)).toList();
        List<String> versions = inForce.stream().map(m -> schemes.applied(codec, m.assessment().schemeId()).versionLabel())
                .distinct().toList();
        return prepared(MonthSheetPrint.year(tenantName, asked, sheets, versions, now), "运维月度考核表-" + asked + "年");
    }

    private MonthSheetPrint.Sheet sheet(OmMonth month, String tenantName, ServiceContract contract,
                                        Map<String, String> names, Instant now) {
        return MonthSheetPrint.of(tenantName, month, schemes.applied(codec, month.assessment().schemeId()), contract,
                names, now);
    }

    private PreparedDocument prepared(MonthSheetPrint.Sheet sheet, String stem) {
        MonthlySheetRenderer renderer = renderers.monthlySheet();
        return new PreparedDocument(stem, (format, out, progress) -> renderer.render(sheet.heading(),
                sheet.units().iterator(), sheet.units().size(), format, out, progress));
    }

    /** Unit names by the id the rules know them by (the database id in decimal). */
    private Map<String, String> unitNames() {
        return units.list().stream().collect(Collectors.toMap(u -> String.valueOf(u.id()), UsingUnit::name));
    }
}
