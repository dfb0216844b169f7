package org.perfportal.web.egovannual;

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
import java.util.List;
import org.perfportal.identity.Role;
import org.perfportal.records.networkrent.DeductionRecord;
import org.perfportal.records.networkrent.IncidentRecord;
import org.perfportal.records.networkrent.NetworkRentBook;
import org.perfportal.web.security.AllowedRoles;
import org.perfportal.web.security.Callers;

/**
 * {@code /tenants/{tenant}/network-rent}: the dedicated-network rent book (政务专网租赁费): the
 * monthly rent (tenant admin, assessor), maintenance incidents (assessor; a unit for itself), the
 * assessor's deductions and the quarterly settlement that finance reads.
 */
@RequestScoped
@Path("tenants/{tenant}/network-rent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NetworkRentResource {

    @Inject
    private NetworkRentBook book;

    @PUT
    @Path("months/{month}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR})
    public MonthlyRentView setRent(@PathParam("month") String month, @NotNull @Valid RentDto body) {
        return MonthlyRentView.of(book.setRent(month, body.rent(), body.version()));
    }

    @GET
    @Path("months")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public List<MonthlyRentView> rents() {
        return book.rents().stream().map(MonthlyRentView::of).toList();
    }

    @POST
    @Path("incidents")
    @AllowedRoles({Role.ASSESSOR, Role.UNIT})
    public Response report(@Context SecurityContext security, @NotNull @Valid IncidentDto body) {
        IncidentRecord incident = book.report(Callers.of(security), body.unitId(), body.location(), body.place(), body.call(),
                body.reportedAt(), body.reminders() == null ? List.of() : body.reminders(), body.arrivedAt());
        return Response.status(Response.Status.CREATED).entity(IncidentView.of(incident, List.of())).build();
    }

    @PUT
    @Path("incidents/{id}")
    @AllowedRoles({Role.ASSESSOR, Role.UNIT})
    public IncidentView followUp(@Context SecurityContext security, @PathParam("id") String id,
                                 @NotNull @Valid IncidentFollowUpDto body) {
        IncidentRecord incident = book.follow(Callers.of(security), id, body.reminders() == null ? List.of() : body.reminders(),
                body.arrivedAt(), body.version());
        return IncidentView.of(incident, List.of());
    }

    @GET
    @Path("incidents")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public List<IncidentView> incidents(@QueryParam("month") String month) {
        List<IncidentRecord> incidents = book.incidents(month);
        List<DeductionRecord> deductions = book.deductions(incidents);
        return incidents.stream().map(i -> IncidentView.of(i, deductions)).toList();
    }

    @POST
    @Path("incidents/{id}/deductions")
    @AllowedRoles(Role.ASSESSOR)
    public Response deduct(@Context SecurityContext security, @PathParam("id") String id, @NotNull @Valid DeductionDto body) {
        DeductionRecord deduction = book.deduct(Callers.of(security), id, body.ground(), body.percentage(), body.reason());
        return Response.status(Response.Status.CREATED).entity(IncidentView.DeductionView.of(deduction)).build();
    }

    @GET
    @Path("settlements/{quarter}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public RentSettlementView settlement(@PathParam("quarter") String quarter) {
        return RentSettlementView.of(book.settle(quarter));
    }
}
