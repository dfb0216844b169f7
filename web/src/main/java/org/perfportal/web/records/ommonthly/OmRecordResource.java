package org.perfportal.web.records.ommonthly;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.perfportal.assessment.ommonthly.DeductionKind;
import org.perfportal.assessment.ommonthly.PenaltyKind;
import org.perfportal.assessment.ommonthly.VulnerabilitySeverity;
import org.perfportal.assessment.ommonthly.WorkKind;
import org.perfportal.identity.Role;
import org.perfportal.records.ommonthly.OmRecord;
import org.perfportal.records.ommonthly.OmRecordBook;
import org.perfportal.records.ommonthly.SatisfactionFormDocuments;
import org.perfportal.tenant.TenantRegistry;
import org.perfportal.web.document.DocumentAnswers;
import org.perfportal.web.problem.Problem;
import org.perfportal.web.records.RecordRefView;
import org.perfportal.web.security.AllowedRoles;
import org.perfportal.web.security.Callers;

/**
 * {@code /tenants/{tenant}/om-monthly/…}: the Luohe record book (运维考核记录). The vendor logs faults,
 * vulnerabilities, routine work and archived documents and completes faults and vulnerabilities
 * by revising them with the version read; a using unit confirms its own faults' restores and
 * submits its own satisfaction form (the unit a login speaks for is the token's unit_id claim); the
 * assessor enters deduction items and money penalties; the approver grants exemptions. Each entry
 * answers 201 with its record id ({@code fault-12}) and version.
 */
@RequestScoped
@Path("tenants/{tenant}/om-monthly")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OmRecordResource {

    @Inject
    private OmRecordBook book;

    @Context
    private SecurityContext caller;

    @Inject
    private TenantRegistry registry;


    @Inject
    private DocumentAnswers documents;

    @Inject
    private SatisfactionFormDocuments forms;

    /** One contract month ({@code 2026-07} = 07-10…08-09) exactly as the monthly assessment reads it. */
    @GET
    @Path("contracts/{contractId}/months/{month}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public MonthRecordsView month(@PathParam("contractId") long contractId, @PathParam("month") String month) {
        return MonthRecordsView.of(book.monthRecords(contractId, book.assessmentMonth(contractId, month)));
    }

    @POST
    @Path("faults")
    @AllowedRoles({Role.VENDOR, Role.ASSESSOR})
    public Response logFault(@NotNull @Valid FaultDto body) {
        return created(book.logFault(body.contractId(), body.itemId(), OmInput.level(body.level()),
                body.description().strip(), body.reported(), body.responded(), body.restored()));
    }

    @GET
    @Path("faults/{id}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public FaultView fault(@PathParam("id") String id) {
        return FaultView.of(book.fault(id));
    }

    @PUT
    @Path("faults/{id}")
    @AllowedRoles({Role.VENDOR, Role.ASSESSOR})
    public FaultView progressFault(@PathParam("id") String id, @NotNull @Valid FaultProgressDto body) {
        return FaultView.of(book.progressFault(id, body.version(), body.reported(), body.responded(), body.restored()));
    }

    @POST
    @Path("faults/{id}/confirmation")
    @AllowedRoles(Role.UNIT)
    public FaultView confirmFault(@PathParam("id") String id, @NotNull @Valid ConfirmationDto body) {
        return FaultView.of(book.confirmFault(id, body.version(), body.confirmed(), Callers.of(caller)));
    }

    @POST
    @Path("vulnerabilities")
    @AllowedRoles({Role.VENDOR, Role.ASSESSOR})
    public Response logVulnerability(@NotNull @Valid VulnerabilityDto body) {
        return created(book.logVulnerability(body.contractId(), body.itemId(),
                OmInput.constant(VulnerabilitySeverity.class, body.severity(), "severity"), body.description().strip(),
                body.found(), body.responded(), body.fixed(), Boolean.TRUE.equals(body.mitigated())));
    }

    @GET
    @Path("vulnerabilities/{id}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public VulnerabilityView vulnerability(@PathParam("id") String id) {
        return VulnerabilityView.of(book.vulnerability(id));
    }

    @PUT
    @Path("vulnerabilities/{id}")
    @AllowedRoles({Role.VENDOR, Role.ASSESSOR})
    public VulnerabilityView progressVulnerability(@PathParam("id") String id, @NotNull @Valid VulnerabilityProgressDto body) {
        return VulnerabilityView.of(book.progressVulnerability(id, body.version(), body.found(), body.responded(),
                body.fixed(), Boolean.TRUE.equals(body.mitigated())));
    }

    /** Routine work (日常工作) by the path's plural: {@code visits}, {@code inspections}, {@code backups}, {@code scans}. */
    @POST
    @Path("{work: visits|inspections|backups|scans}")
    @AllowedRoles(Role.VENDOR)
    public Response logWork(@PathParam("work") String work, @NotNull @Valid WorkDto body) {
        return logWork(WorkKind.valueOf(work.substring(0, work.length() - 1).toUpperCase(Locale.ROOT)), body);
    }

    @POST
    @Path("catalogue")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR})
    public Response addCatalogueEntry(@NotNull @Valid CatalogueEntryDto body) {
        return created(book.addCatalogueEntry(body.contractId(), body.itemId(), body.title().strip()));
    }

    @GET
    @Path("contracts/{contractId}/catalogue")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.AUDITOR})
    public List<CatalogueEntryView> catalogue(@PathParam("contractId") long contractId) {
        return book.catalogue(contractId).stream().map(CatalogueEntryView::of).toList();
    }

    @POST
    @Path("documents")
    @AllowedRoles(Role.VENDOR)
    public Response archiveDocument(@NotNull @Valid ArchiveDocumentDto body) {
        return created(book.archiveDocument(body.entry().strip(), body.month(), body.archivedAt(), body.reference().strip()));
    }

    @POST
    @Path("satisfaction-forms")
    @AllowedRoles(Role.UNIT)
    public Response submitForm(@NotNull @Valid SatisfactionFormDto body) {
        return created(book.submitForm(body.contractId(), body.unitId(), body.month(), OmInput.ratings(body.ratings()),
                body.accident(), body.reasons(), body.suggestions(), Callers.of(caller)));
    }

    /** A unit login reads only its own unit's forms (another unit's: 403 {@code id}). */
    @GET
    @Path("satisfaction-forms/{id}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.AUDITOR})
    public SatisfactionFormView form(@PathParam("id") String id) {
        return SatisfactionFormView.of(book.form(id, Callers.of(caller)));
    }

    /**
     * A submitted form as the filled 附件4.1 (PDF or XLSX), for the roles that read forms and, as for
     * the form itself, a unit login only for its own unit (another unit's: 403 {@code id}).
     */
    @GET
    @Path("satisfaction-forms/{id}/document")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Problem.MEDIA_TYPE})
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.AUDITOR})
    public Response formDocument(@PathParam("id") String id, @QueryParam("format") @DefaultValue("pdf") String format,
                                 @Context UriInfo uri) {
        return documents.answer(format, false, caller, uri, () -> forms.filled(id, Callers.of(caller)));
    }

    @POST
    @Path("deductions")
    @AllowedRoles(Role.ASSESSOR)
    public Response enterDeduction(@NotNull @Valid DeductionDto body) {
        return created(book.enterDeduction(body.contractId(), body.month(),
                OmInput.constant(DeductionKind.class, body.kind(), "kind"), OmInput.decimal(body.points(), "points"),
                body.reason().strip(), body.evidence().strip(), body.evidenceFile(), body.unitId(), body.itemId(),
                username()));
    }

    @POST
    @Path("penalties")
    @AllowedRoles(Role.ASSESSOR)
    public Response enterPenalty(@NotNull @Valid PenaltyDto body) {
        return created(book.enterPenalty(body.contractId(), body.month(),
                OmInput.constant(PenaltyKind.class, body.kind(), "kind"), OmInput.decimal(body.rate(), "rate"),
                OmInput.decimal(body.amount(), "amount"), body.reason().strip(), body.evidence().strip(),
                body.evidenceFile(), username()));
    }

    @POST
    @Path("exemptions")
    @AllowedRoles(Role.APPROVER)
    public Response grantExemption(@NotNull @Valid OmExemptionDto body) {
        return created(book.grantExemption(body.record().strip(), body.reason().strip(), username()));
    }

    private Response logWork(WorkKind kind, WorkDto body) {
        return created(book.logWork(body.contractId(), body.unitId(), body.itemId(), kind, body.at(), body.note(),
                body.backupPath()));
    }

    private String username() {
        return caller.getUserPrincipal().getName();
    }

    private static Response created(OmRecord record) {
        return Response.status(Response.Status.CREATED).entity(new RecordRefView(record.recordId(), record.version())).build();
    }
}
