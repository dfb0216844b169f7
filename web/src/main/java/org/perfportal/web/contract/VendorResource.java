package org.perfportal.web.contract;

import jakarta.enterprise.context.RequestScoped;
import org.perfportal.web.security.AllowedRoles;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.perfportal.contract.Disclosure;
import org.perfportal.web.security.Callers;
import java.util.List;
import org.perfportal.contract.Vendor;
import org.perfportal.contract.VendorService;
import org.perfportal.identity.Role;
import org.perfportal.shared.InvalidFieldException;

/** {@code /tenants/{tenant}/vendors}: the tenant's vendors. The tenant admin maintains them. */
@RequestScoped
@Path("tenants/{tenant}/vendors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VendorResource {

    @Inject
    private VendorService vendors;

    @GET
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public List<VendorDto> list(@Context SecurityContext security) {
        Disclosure disclosure = Disclosure.to(Callers.of(security));
        return vendors.list().stream().map(p -> VendorDto.of(p, disclosure)).toList();
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public VendorDto get(@Context SecurityContext security, @PathParam("id") long id) {
        return VendorDto.of(vendors.find(id), Disclosure.to(Callers.of(security)));
    }

    @POST
    @AllowedRoles(Role.TENANT_ADMIN)
    public Response register(@Context SecurityContext security, @NotNull @Valid VendorDto body, @Context UriInfo uri) {
        Vendor vendor = vendors.register(body.name().strip(), body.creditCode(), PartyContactDto.toDetails(body.contact()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(vendor.id())).build())
                .entity(VendorDto.of(vendor, Disclosure.to(Callers.of(security)))).build();
    }

    @PUT
    @Path("{id}")
    @AllowedRoles(Role.TENANT_ADMIN)
    public VendorDto revise(@Context SecurityContext security, @PathParam("id") long id, @NotNull @Valid VendorDto body) {
        if (body.version() == null) {
            throw new InvalidFieldException("version", "send the version you read, so a concurrent edit is not overwritten");
        }
        return VendorDto.of(vendors.revise(id, body.version(), body.name().strip(), body.creditCode(),
                PartyContactDto.toDetails(body.contact())),
                Disclosure.to(Callers.of(security)));
    }
}
