package org.perfportal.web.records;

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
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.perfportal.identity.Role;
import org.perfportal.records.extranet.ExtranetRecord;
import org.perfportal.records.extranet.ExtranetRecordBook;
import org.perfportal.records.extranet.Staffing;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/extranet/…}: the Otog Banner record book (考核记录). Lines are registered
 * by the admin or the assessor; faults, relocations and backbone failures are reported by the
 * bureau (assessor or using unit); the operator hands in its reports; inspections are the
 * assessor's; a fault is completed (arrival, repair, confirmation) by revising it; exemptions are granted by the approver; the operator names its maintainers and
 * staff changes. Each entry answers 201 with its record id and version.
 */
@RequestScoped
@Path("tenants/{tenant}/extranet")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtranetRecordResource {

    @Inject
    private ExtranetRecordBook book;

    @GET
    @Path("records")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public ExtranetRecordsView records() {
        return ExtranetRecordsView.of(book.records());
    }

    @POST
    @Path("lines")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR})
    public Response addLine(@NotNull @Valid ExtranetLineDto body) {
        return created(RecordRefView.of(book.addLine(body.code().strip(), body.usingUnitId(), body.location(), body.bandwidth(),
                body.monthlyFee(), body.contractId(), body.inServiceFrom())));
    }

    /** Retires a line (线路撤销) from a day on: later months' fee bases no longer count it. */
    @POST
    @Path("lines/{code}/retirement")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR})
    public RecordRefView retireLine(@PathParam("code") String code, @NotNull @Valid LineRetirementDto body) {
        return RecordRefView.of(book.retireLine(code, body.version(), body.retiredOn()));
    }

    @POST
    @Path("faults")
    @AllowedRoles({Role.ASSESSOR, Role.UNIT})
    public Response addFault(@NotNull @Valid ExtranetFaultDto body) {
        return created(book.addFault(body.line(), body.reported(), body.arrived(), body.repaired(), body.confirmed()));
    }

    @PUT
    @Path("faults/{id}")
    @AllowedRoles({Role.ASSESSOR, Role.UNIT})
    public RecordRefView reviseFault(@PathParam("id") String id, @NotNull @Valid ExtranetFaultDto body) {
        if (body.version() == null) {
            throw new InvalidFieldException("version", "send the version you read, so a concurrent edit is not overwritten");
        }
        return RecordRefView.of(book.reviseFault(id, body.version(), body.reported(), body.arrived(), body.repaired(),
                body.confirmed()));
    }

    @POST
    @Path("relocations")
    @AllowedRoles({Role.ASSESSOR, Role.UNIT})
    public Response addRelocation(@NotNull @Valid ExtranetRelocationDto body) {
        return created(book.addRelocation(body.line(), body.moveFinished(), body.serviceRestored()));
    }

    @POST
    @Path("backbone-failures")
    @AllowedRoles({Role.ASSESSOR, Role.UNIT})
    public Response addBackboneFailure(@NotNull @Valid BackboneFailureDto body) {
        return created(book.addBackboneFailure(body.reported(), body.responded(), body.restored()));
    }

    @POST
    @Path("reports")
    @AllowedRoles({Role.ASSESSOR, Role.VENDOR})
    public Response addReportSubmission(@NotNull @Valid ReportSubmissionDto body) {
        return created(book.addReportSubmission(body.period().strip(), body.submittedOn()));
    }

    @POST
    @Path("illegal-connections")
    @AllowedRoles(Role.ASSESSOR)
    public Response addIllegalConnection(@NotNull @Valid IllegalConnectionDto body) {
        return created(book.addIllegalConnection(body.responsibleUnitId(), body.foundOn(), body.description(), body.chargedParty()));
    }

    @POST
    @Path("ad-hoc-findings")
    @AllowedRoles(Role.ASSESSOR)
    public Response addAdHocFinding(@NotNull @Valid AdHocFindingDto body) {
        return created(book.addAdHocFinding(body.foundOn(), body.amount(), body.reason()));
    }

    @POST
    @Path("exemptions")
    @AllowedRoles(Role.APPROVER)
    public Response grantExemption(@NotNull @Valid ExemptionDto body, @Context SecurityContext caller) {
        return created(book.grantExemption(body.record().strip(), body.cause(), body.explanation(),
                caller.getUserPrincipal().getName()));
    }

    @POST
    @Path("maintainers")
    @AllowedRoles({Role.ASSESSOR, Role.VENDOR})
    public Response addMaintainer(@NotNull @Valid MaintainerDto body) {
        return created(book.addMaintainer(body.name().strip(), body.phone(), body.appointedOn(), body.leftOn()));
    }

    @POST
    @Path("staff-changes")
    @AllowedRoles({Role.ASSESSOR, Role.VENDOR})
    public Response addStaffChange(@NotNull @Valid StaffChangeDto body) {
        return created(book.addStaffChange(body.changedOn(), body.description(), body.writtenNoticeOn()));
    }

    /** The operator's staffing on a day ({@code ?on=2026-03-01}), a value shown as the book computes it. */
    @GET
    @Path("staffing")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.AUDITOR})
    public Staffing staffing(@QueryParam("on") String on) {
        try {
            return book.staffing(LocalDate.parse(on == null ? "" : on));
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("on", "name the day as ?on=2026-03-01, was " + on);
        }
    }

    private static Response created(RecordRefView record) {
        return Response.status(Response.Status.CREATED).entity(record).build();
    }

    private static Response created(ExtranetRecord record) {
        return created(RecordRefView.of(record));
    }
}
