package org.perfportal.web.records;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.perfportal.identity.Role;
import org.perfportal.records.extranet.ExtranetContract;
import org.perfportal.records.extranet.ExtranetContractService;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/extranet/contracts}: the operator's contracts (运营商合同). The tenant admin
 * registers them; the assessor, approver, operator, finance and auditor read them, because the
 * half-year deductions are settled against the contract's final payment (半年尾款).
 */
@RequestScoped
@Path("tenants/{tenant}/extranet/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtranetContractResource {

    @Inject
    private ExtranetContractService contracts;

    @GET
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public List<ExtranetContractView> list() {
        return contracts.list().stream().map(ExtranetContractView::of).toList();
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public ExtranetContractView get(@PathParam("id") long id) {
        return ExtranetContractView.of(contracts.get(id));
    }

    @POST
    @AllowedRoles(Role.TENANT_ADMIN)
    public Response create(@NotNull @Valid ExtranetContractDto body, @Context UriInfo uri) {
        ExtranetContract contract = contracts.create(body.vendorId(), body.name().strip(), body.number().strip(),
                body.servicePeriod().start(), body.servicePeriod().end(), body.finalPayment());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(contract.id())).build())
                .entity(ExtranetContractView.of(contract)).build();
    }
}
