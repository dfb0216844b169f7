package org.perfportal.web.contract;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.ServiceContractService;
import org.perfportal.identity.Role;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.PayloadTooLargeException;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/contracts}: O&amp;M service contracts (运维服务合同) and their item lists
 * (运维项目清单, 附件1). The tenant admin registers contracts and imports item lists as .xlsx;
 * every role of the tenant reads them, because units, vendor, assessors and finance all work
 * from the same list.
 */
@RequestScoped
@Path("tenants/{tenant}/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceContractResource {

    /** The media type of an .xlsx workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_XLSX_BYTES = 10 * 1024 * 1024;

    @Inject
    private ServiceContractService contracts;

    @GET
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public List<ServiceContractView> list() {
        return contracts.list().stream().map(ServiceContractView::of).toList();
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public ServiceContractView get(@PathParam("id") long id) {
        return ServiceContractView.of(contracts.get(id));
    }

    @POST
    @AllowedRoles(Role.TENANT_ADMIN)
    public Response create(@NotNull @Valid ServiceContractDto body, @Context UriInfo uri) {
        ServiceContract contract = contracts.create(body.vendorId(), body.name().strip(), body.period().start(),
                body.period().end(), body.total(), body.installments() == null ? 4 : body.installments());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(contract.id())).build())
                .entity(ServiceContractView.of(contract)).build();
    }

    @GET
    @Path("{id}/items")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public List<OmItemView> items(@PathParam("id") long id, @QueryParam("unitId") Long unitId) {
        return OmItemView.grouped(contracts.items(id, unitId));
    }

    @POST
    @Path("{id}/items/import")
    @Consumes(XLSX)
    @AllowedRoles(Role.TENANT_ADMIN)
    public JsonObject importItems(@PathParam("id") long id, InputStream body) {
        byte[] content;
        try {
            content = body == null ? new byte[0] : body.readNBytes(MAX_XLSX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (content.length > MAX_XLSX_BYTES) {
            throw new PayloadTooLargeException("body", "the workbook is larger than " + MAX_XLSX_BYTES + " bytes");
        }
        if (content.length == 0) {
            throw new InvalidFieldException("body", "the request has no workbook");
        }
        return Json.createObjectBuilder().add("imported", contracts.importItems(id, content)).build();
    }
}
