package org.perfportal.web.satisfaction;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.perfportal.identity.Role;
import org.perfportal.records.ommonthly.SatisfactionFormDocuments;
import org.perfportal.web.document.DocumentAnswers;
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

    @Inject
    private SatisfactionFormDocuments forms;

    @Inject
    private DocumentAnswers documents;

    @Context
    private SecurityContext caller;

    /** {@code ?unitId=&month=2026-07&format=pdf|xlsx}: a unit of another tenant is 404, a bad month 400 {@code month}. */
    @GET
    @Path("satisfaction-forms/blank")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Problem.MEDIA_TYPE})
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public Response blank(@QueryParam("unitId") Long unitId, @QueryParam("month") String month,
                          @QueryParam("format") @DefaultValue("pdf") String format, @Context UriInfo uri) {
        return documents.answer(format, false, caller, uri, () -> forms.blank(unitId, month));
    }
}
