package org.perfportal.web.ommonthly;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.perfportal.assessment.AssessmentStatus;
import org.perfportal.assessment.ommonthly.OmMonth;
import org.perfportal.assessment.ommonthly.OmMonthService;
import org.perfportal.contract.UsingUnit;
import org.perfportal.contract.UsingUnitService;
import org.perfportal.identity.Role;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.web.VersionDto;
import org.perfportal.web.assessment.DisputeDto;
import org.perfportal.web.assessment.RemarkDto;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.perfportal.assessment.ommonthly.OmSchemeCodec;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.ServiceContractService;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;
import org.perfportal.reports.monthly.MonthlySheetRenderer;
import org.perfportal.scheme.SchemeService;
import org.perfportal.tenant.TenantRegistry;
import org.perfportal.web.document.DocumentDownload;
import org.perfportal.web.document.DocumentJobs;
import org.perfportal.web.document.Renderers;
import org.perfportal.web.problem.Problem;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/om-monthly/contracts/{contractId}/assessments}: the Luohe monthly assessments
 * (月度考核) of one O&amp;M contract. The assessor computes (each time a new draft revision) and submits,
 * the approver approves (publishing it to the vendor) and finalizes, the vendor may dispute an approved
 * month with a reason (复核); {@code what-if} tries a draft scheme on a past month and stores nothing;
 * {@code {id}/document} prints a result as the 运维月度考核表, {@code document?year=} a year of them.
 */
@RequestScoped
@Path("tenants/{tenant}/om-monthly/contracts/{contractId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OmAssessmentResource {

    @Inject
    private Clock clock;

    @Inject
    private OmMonthService months;

    @Inject
    private UsingUnitService units;

    @Inject
    private ServiceContractService contracts;

    @Inject
    private SchemeService schemes;

    @Inject
    private OmSchemeCodec codec;

    @Inject
    private TenantRegistry registry;


    @Inject
    private Renderers renderers;

    @Inject
    private DocumentJobs jobs;

    @PathParam("contractId")
    private long contractId;

    @GET
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public List<OmMonthView> list(@QueryParam("month") String month) {
        Map<String, String> names = unitNames();
        return months.list(contractId, month).stream().map(m -> OmMonthView.of(m, names)).toList();
    }

    /** The month's result in force (生效结果): 404 until one has been approved. */
    @GET
    @Path("in-force")
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public OmMonthView inForce(@QueryParam("month") String month) {
        if (month == null || month.isBlank()) {
            throw new InvalidFieldException("month", "name the month, e.g. ?month=2026-10");
        }
        return months.inForce(contractId, month.strip()).map(this::view)
                .orElseThrow(() -> new RecordNotFoundException("month", "no approved result for " + month));
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public OmMonthView get(@PathParam("id") long id) {
        return view(months.find(contractId, id));
    }

    /**
     * The result as the 运维月度考核表 (附件4.2 per unit with its traced lines, and the vendor's score,
     * grade and money), PDF or XLSX, for the roles that read results; a result not yet approved is
     * marked 草稿; another contract's, another tenant's or an unknown id is 404. With
     * {@code async=true}: 202 and a document job to poll.
     */
    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public Response document(@PathParam("id") long id, @QueryParam("format") @DefaultValue("pdf") String format,
                             @QueryParam("async") @DefaultValue("false") boolean async,
                             @Context SecurityContext caller, @Context UriInfo uri) {
        ReportFormat chosen = DocumentDownload.format(format);
        OmMonth month = months.find(contractId, id);
        MonthSheetPrint.Sheet sheet = monthSheet(month, registry.currentDisplayName(),
                contracts.get(contractId), unitNames(), clock.instant());
        String stem = "运维月度考核表-" + month.assessment().periodLabel() + "-第" + month.assessment().revision() + "次";
        return render(sheet, stem, chosen, async, caller, uri);
    }

    /**
     * A year of month sheets in one document (年度汇编): the results in force of the contract's months
     * labelled {@code year}, month by month, for the same roles as one month; {@code year} missing or not
     * a year 400 {@code year}, a year without any approved month 404 {@code year}. A year of a large
     * tenant runs long: {@code async=true} gives a job with its progress.
     */
    @GET
    @Path("document")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public Response yearDocument(@QueryParam("year") String year, @QueryParam("format") @DefaultValue("pdf") String format,
                                 @QueryParam("async") @DefaultValue("false") boolean async,
                                 @Context SecurityContext caller, @Context UriInfo uri) {
        ReportFormat chosen = DocumentDownload.format(format);
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
        List<MonthSheetPrint.Sheet> sheets = inForce.stream().map(m -> monthSheet(m, tenantName, contract, names, now)).toList();
        List<String> versions = inForce.stream().map(m -> schemes.applied(codec, m.assessment().schemeId()).versionLabel())
                .distinct().toList();
        return render(MonthSheetPrint.year(tenantName, asked, sheets, versions, now), "运维月度考核表-" + asked + "年",
                chosen, async, caller, uri);
    }

    private MonthSheetPrint.Sheet monthSheet(OmMonth month, String tenantName, ServiceContract contract,
                                             Map<String, String> names, Instant now) {
        return MonthSheetPrint.of(tenantName, month, schemes.applied(codec, month.assessment().schemeId()), contract,
                names, now);
    }

    private Response render(MonthSheetPrint.Sheet sheet, String stem, ReportFormat chosen, boolean async,
                            SecurityContext caller, UriInfo uri) {
        MonthlySheetRenderer renderer = renderers.monthlySheet();
        if (async) {
            return jobs.start(caller, uri, chosen, stem, (out, progress) -> renderer.render(sheet.heading(),
                    sheet.units().iterator(), sheet.units().size(), chosen, out, progress));
        }
        return DocumentDownload.of(chosen, stem, out -> renderer.render(sheet.heading(), sheet.units().iterator(),
                sheet.units().size(), chosen, out, RenderProgress.NONE));
    }

    @POST
    @AllowedRoles(Role.ASSESSOR)
    public Response compute(@NotNull @Valid MonthDto body, @Context UriInfo uri) {
        OmMonth month = months.compute(contractId, body.month());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(month.assessment().id())).build())
                .entity(view(month)).build();
    }

    /** A draft scheme tried on a past month (方案试算): line by line against the result in force; stores nothing. */
    @POST
    @Path("what-if")
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.TENANT_ADMIN})
    public WhatIfView whatIf(@NotNull @Valid WhatIfDto body) {
        return WhatIfView.of(months.whatIf(contractId, body.month(), body.schemeId()), unitNames());
    }

    @PUT
    @Path("{id}")
    @AllowedRoles(Role.ASSESSOR)
    public OmMonthView reviseRemark(@PathParam("id") long id, @NotNull @Valid RemarkDto body) {
        return view(months.reviseRemark(contractId, id, body.version(), body.remark()));
    }

    @POST
    @Path("{id}/submit")
    @AllowedRoles(Role.ASSESSOR)
    public OmMonthView submit(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return view(months.transition(contractId, id, body.version(), AssessmentStatus.SUBMITTED));
    }

    @POST
    @Path("{id}/approve")
    @AllowedRoles(Role.APPROVER)
    public OmMonthView approve(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return view(months.transition(contractId, id, body.version(), AssessmentStatus.APPROVED));
    }

    @POST
    @Path("{id}/dispute")
    @AllowedRoles(Role.VENDOR)
    public OmMonthView dispute(@PathParam("id") long id, @NotNull @Valid DisputeDto body) {
        return view(months.dispute(contractId, id, body.version(), body.reason()));
    }

    @POST
    @Path("{id}/finalize")
    @AllowedRoles(Role.APPROVER)
    public OmMonthView makeFinal(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return view(months.transition(contractId, id, body.version(), AssessmentStatus.FINAL));
    }

    private OmMonthView view(OmMonth month) {
        return OmMonthView.of(month, unitNames());
    }

    /** Unit names by the id the rules know them by (the database id in decimal). */
    private Map<String, String> unitNames() {
        return units.list().stream().collect(Collectors.toMap(u -> String.valueOf(u.id()), UsingUnit::name));
    }
}
