package org.perfportal.web.satisfaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.perfportal.contract.UsingUnitService;
import org.perfportal.identity.Role;
import org.perfportal.reports.DocumentHeader;
import org.perfportal.reports.ReportFormat;
import org.perfportal.reports.satisfaction.SatisfactionFormData;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.tenant.TenantRegistry;
import org.perfportal.web.document.DocumentDownload;
import org.perfportal.web.document.Renderers;
import org.perfportal.web.problem.Problem;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/om-monthly/satisfaction-forms}: the O&amp;M satisfaction form
 * (政务信息系统运维满意度评价表, 附件4.1) a using unit prints, fills in, signs and stamps every month.
 * The blank form carries the unit's name and the month; any role of the tenant may print it.
 *
 * <p>Rooted at {@code luohe}, as {@code OmRecordResource} is, so that Jersey merges the two into one
 * resource: rooted at {@code luohe/satisfaction-forms}, this class took every request of that path
 * and {@code POST …/satisfaction-forms} (served by the record book) answered 404.
 */
@RequestScoped
@Path("tenants/{tenant}/om-monthly")
public class SatisfactionFormResource {

    /**
     * The form's own version: 附件4.1 of the assessment method of 2025-04-22. Printed as the scheme
     * version of the blank form until Luohe's schemes are versioned in the portal.
     */
    public static final String FORM_VERSION = "附件4.1（2025-04-22 考核办法）";

    @Inject
    private Clock clock;

    @Inject
    private UsingUnitService units;

    @Inject
    private TenantRegistry registry;


    @Inject
    private Renderers renderers;

    /** {@code ?unitId=&month=2026-07&format=pdf|xlsx}: a unit of another tenant is 404, a bad month 400 {@code month}. */
    @GET
    @Path("satisfaction-forms/blank")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Problem.MEDIA_TYPE})
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public Response blank(@QueryParam("unitId") Long unitId, @QueryParam("month") String month,
                          @QueryParam("format") @DefaultValue("pdf") String format) {
        ReportFormat chosen = DocumentDownload.format(format);
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
        SatisfactionFormData form = SatisfactionFormData.blank(new DocumentHeader(
                registry.currentDisplayName(), period, FORM_VERSION, clock.instant(), false),
                unitName, period);
        return DocumentDownload.of(chosen, "运维满意度评价表-" + unitName + "-" + evaluated,
                out -> renderers.satisfactionForm().render(form, chosen, out));
    }
}
