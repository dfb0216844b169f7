package org.perfportal.web.ommonthly;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.stream.Collectors;
import org.perfportal.assessment.AssessmentResult;
import org.perfportal.assessment.ommonthly.OmMonthService;
import org.perfportal.assessment.ommonthly.OmMonthlyKind;
import org.perfportal.assessment.ommonthly.OmSchemeCodec;
import org.perfportal.contract.UsingUnit;
import org.perfportal.contract.UsingUnitService;
import org.perfportal.identity.Role;
import org.perfportal.web.assessment.ResultLifecycleResource;
import org.perfportal.web.problem.Problem;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/om-monthly/contracts/{contractId}/assessments}: the monthly O&amp;M
 * assessments (月度考核) of one O&amp;M contract, by contract month ({@code 2026-10}); the lifecycle and
 * the 运维月度考核表 of one result are {@link ResultLifecycleResource}'s. {@code what-if} tries a draft
 * scheme on a past month and stores nothing; {@code document?year=} prints a year of months in force.
 */
@RequestScoped
@Path("tenants/{tenant}/om-monthly/contracts/{contractId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OmAssessmentResource extends ResultLifecycleResource<OmMonthView> {

    @Inject
    private OmMonthService months;

    @Inject
    private OmMonthlyKind monthly;

    @Inject
    private UsingUnitService units;

    @PathParam("contractId")
    private long contractId;

    public OmAssessmentResource() {
        super(OmSchemeCodec.KIND, "month", "2026-10");
    }

    @POST
    @AllowedRoles(Role.ASSESSOR)
    public Response compute(@NotNull @Valid MonthDto body, @Context UriInfo uri) {
        return computed(body.month(), uri);
    }

    /**
     * A year of month sheets in one document (年度汇编): the results in force of the contract's months
     * labelled {@code year}, month by month, for the same roles as one month. A year of a large tenant
     * runs long: {@code async=true} gives a job with its progress.
     */
    @GET
    @Path("document")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public Response yearDocument(@QueryParam("year") String year, @QueryParam("format") @DefaultValue("pdf") String format,
                                 @QueryParam("async") @DefaultValue("false") boolean async,
                                 @Context SecurityContext caller, @Context UriInfo uri) {
        return documents.answer(format, async, caller, uri, () -> monthly.yearDocument(contractId, year));
    }

    /** A draft scheme tried on a past month (方案试算): line by line against the result in force; stores nothing. */
    @POST
    @Path("what-if")
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.TENANT_ADMIN})
    public WhatIfView whatIf(@NotNull @Valid WhatIfDto body) {
        return WhatIfView.of(months.whatIf(contractId, body.month(), body.schemeId()), unitNames());
    }

    @Override
    protected Long subject() {
        return contractId;
    }

    @Override
    protected OmMonthView view(AssessmentResult result) {
        return OmMonthView.of(result, unitNames());
    }

    /** Unit names by the id the rules know them by (the database id in decimal). */
    private Map<String, String> unitNames() {
        return units.list().stream().collect(Collectors.toMap(u -> String.valueOf(u.id()), UsingUnit::name));
    }
}
