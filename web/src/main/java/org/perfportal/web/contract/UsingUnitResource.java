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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.perfportal.contract.Disclosure;
import org.perfportal.web.security.Callers;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.perfportal.contract.UsingUnit;
import org.perfportal.contract.UsingUnitService;
import org.perfportal.identity.Role;
import org.perfportal.shared.InvalidFieldException;

/** {@code /tenants/{tenant}/units}: the tenant's using units. The tenant admin maintains them. */
@RequestScoped
@Path("tenants/{tenant}/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsingUnitResource {

    @Inject
    private UsingUnitService units;

    @GET
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public List<UsingUnitDto> list(@Context SecurityContext security) {
        Disclosure disclosure = Disclosure.to(Callers.of(security));
        return units.list().stream().map(p -> UsingUnitDto.of(p, disclosure)).toList();
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public UsingUnitDto get(@Context SecurityContext security, @PathParam("id") long id) {
        return UsingUnitDto.of(units.find(id), Disclosure.to(Callers.of(security)));
    }

    @POST
    @AllowedRoles(Role.TENANT_ADMIN)
    public Response register(@Context SecurityContext security, @NotNull @Valid UsingUnitDto body, @Context UriInfo uri) {
        UsingUnit unit = units.register(body.name().strip(), body.kindOrDefault(), PartyContactDto.toDetails(body.contact()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(unit.id())).build())
                .entity(UsingUnitDto.of(unit, Disclosure.to(Callers.of(security)))).build();
    }

    @PUT
    @Path("{id}")
    @AllowedRoles(Role.TENANT_ADMIN)
    public UsingUnitDto revise(@Context SecurityContext security, @PathParam("id") long id, @NotNull @Valid UsingUnitDto body) {
        if (body.version() == null) {
            throw new InvalidFieldException("version", "send the version you read, so a concurrent edit is not overwritten");
        }
        return UsingUnitDto.of(units.revise(id, body.version(), body.name().strip(), body.kindOrDefault(),
                PartyContactDto.toDetails(body.contact())),
                Disclosure.to(Callers.of(security)));
    }
}
