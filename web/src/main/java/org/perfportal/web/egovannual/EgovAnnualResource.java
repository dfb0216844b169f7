package org.perfportal.web.egovannual;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.EnumSet;
import org.perfportal.assessment.egovannual.EgovAnnualService;
import org.perfportal.assessment.egovannual.EvidenceFileCheck;
import org.perfportal.assessment.egovannual.ReviewSource;
import org.perfportal.assessment.egovannual.SheetFile;
import org.perfportal.assessment.egovannual.SheetFileInfo;
import org.perfportal.identity.Role;
import org.perfportal.web.document.DocumentAnswers;
import org.perfportal.web.document.FileTransfer;
import org.perfportal.web.problem.Problem;
import org.perfportal.web.document.FileTransfer;
import org.perfportal.web.security.AllowedRoles;
import org.perfportal.web.security.Callers;

/**
 * {@code /tenants/{tenant}/egov-annual/{year}}: the Pingliang annual assessment (年度电子政务
 * 工作考核). A unit (its token's {@code unit_id}) self-scores its indicators, attaches evidence
 * (佐证材料) and hands in its self-check report (自查报告) — files as the raw request body
 * ({@code application/pdf}, {@code image/jpeg}, {@code image/png}; {@code ?name=} the file name);
 * the assessor reviews each indicator; the approver publishes the ranking, which every role then
 * reads, also as the 排名表 document.
 */
@RequestScoped
@Path("tenants/{tenant}/egov-annual/{year}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EgovAnnualResource {

    @Inject
    private EgovAnnualService annual;

    @Inject
    private DocumentAnswers documents;

    @GET
    @Path("units/{unitId}")
    @AllowedRoles({Role.UNIT, Role.ASSESSOR, Role.APPROVER, Role.TENANT_ADMIN, Role.AUDITOR})
    public SheetView sheet(@Context SecurityContext security, @PathParam("year") int year, @PathParam("unitId") long unitId) {
        return SheetView.of(annual.sheet(Callers.of(security), year, unitId));
    }

    @PUT
    @Path("units/{unitId}/indicators/{code}/self-score")
    @AllowedRoles(Role.UNIT)
    public SheetView selfScore(@Context SecurityContext security, @PathParam("year") int year, @PathParam("unitId") long unitId, @PathParam("code") String code,
                               @NotNull @Valid SelfScoreDto body) {
        return SheetView.of(annual.selfAssess(Callers.of(security), year, unitId, code, body.selfScore(), body.note(),
                body.version()));
    }

    @POST
    @Path("units/{unitId}/indicators/{code}/evidence")
    @Consumes(MediaType.WILDCARD)
    @AllowedRoles(Role.UNIT)
    public Response evidence(@Context SecurityContext security, @PathParam("year") int year, @PathParam("unitId") long unitId, @PathParam("code") String code, @QueryParam("name") String name,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        SheetFileInfo file = annual.addEvidence(Callers.of(security), year, unitId, code, name, contentType, FileTransfer.readUpTo(body, EvidenceFileCheck.MAX_BYTES));
        return FileTransfer.created(file);
    }

    @POST
    @Path("units/{unitId}/self-check-report")
    @Consumes(MediaType.WILDCARD)
    @AllowedRoles(Role.UNIT)
    public SheetView selfCheckReport(@Context SecurityContext security, @PathParam("year") int year, @PathParam("unitId") long unitId, @QueryParam("name") String name,
                                     @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        return SheetView.of(annual.submitSelfCheckReport(Callers.of(security), year, unitId, name, contentType, FileTransfer.readUpTo(body, EvidenceFileCheck.MAX_BYTES)));
    }

    @GET
    @Path("units/{unitId}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @AllowedRoles({Role.UNIT, Role.ASSESSOR, Role.APPROVER, Role.TENANT_ADMIN, Role.AUDITOR})
    public Response file(@Context SecurityContext security, @PathParam("year") int year, @PathParam("unitId") long unitId, @PathParam("fileId") long fileId) {
        SheetFile file = annual.file(Callers.of(security), year, unitId, fileId);
        SheetFileInfo info = file.info();
        return FileTransfer.download(file.content(), info.contentType(), info.name());
    }

    @PUT
    @Path("units/{unitId}/indicators/{code}/review")
    @AllowedRoles(Role.ASSESSOR)
    public SheetView review(@Context SecurityContext security, @PathParam("year") int year, @PathParam("unitId") long unitId, @PathParam("code") String code, @NotNull @Valid ReviewDto body) {
        EnumSet<ReviewSource> sources = EnumSet.noneOf(ReviewSource.class);
        if (body.sources() != null) {
            sources.addAll(body.sources());
        }
        return SheetView.of(annual.review(Callers.of(security), year, unitId, code, body.reviewedScore(), body.reason(),
                sources, body.version()));
    }

    /** The published ranking for every role; before publication the draft, for the assessment staff only. */
    @GET
    @Path("ranking")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public RankingView ranking(@Context SecurityContext security, @PathParam("year") int year) {
        return RankingView.of(annual.ranking(Callers.of(security), year));
    }

    @POST
    @Path("ranking/publish")
    @AllowedRoles(Role.APPROVER)
    public RankingView publish(@Context SecurityContext security, @PathParam("year") int year) {
        return RankingView.of(annual.publish(Callers.of(security), year));
    }

    /** The 排名表: {@code ?format=pdf} (default) or {@code xlsx}; a draft is marked 草稿. */
    @GET
    @Path("ranking/document")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Problem.MEDIA_TYPE})
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public Response document(@Context SecurityContext security, @Context UriInfo uri, @PathParam("year") int year,
                             @QueryParam("format") @DefaultValue("pdf") String format) {
        return documents.answer(format, false, security, uri, () -> annual.rankingDocument(Callers.of(security), year));
    }
}
