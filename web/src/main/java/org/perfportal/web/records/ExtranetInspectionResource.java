package org.perfportal.web.records;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.perfportal.identity.Role;
import org.perfportal.records.extranet.ExtranetInspectionPhoto;
import org.perfportal.records.extranet.ExtranetInspectionReport;
import org.perfportal.records.extranet.ExtranetInspections;
import org.perfportal.records.extranet.PhotoInfo;
import org.perfportal.web.document.FileTransfer;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/extranet/inspection-reports}: the operator's quarterly inspection reports
 * (季度巡检报告) with photo evidence (图片佐证). The operator (vendor) enters a report and uploads its
 * photos as the raw request body ({@code Content-Type: image/jpeg} or {@code image/png},
 * {@code ?name=} the file name) — simpler and safer than multipart for one file; the bureau
 * (assessor, approver, auditor) reads them. At most 5 MB + 1 byte is read from the body, so an
 * oversized upload is refused (413 {@code photo}) without being buffered whole.
 */
@RequestScoped
@Path("tenants/{tenant}/extranet/inspection-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtranetInspectionResource {

    @Inject
    private ExtranetInspections inspections;

    @GET
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.AUDITOR})
    public List<InspectionReportView> list() {
        return inspections.reports().stream().map(r -> InspectionReportView.of(r, inspections.photos(r.recordId()))).toList();
    }

    @GET
    @Path("{id}")
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.AUDITOR})
    public InspectionReportView get(@PathParam("id") String id) {
        return InspectionReportView.of(inspections.report(id), inspections.photos(id));
    }

    @POST
    @AllowedRoles(Role.VENDOR)
    public Response add(@NotNull @Valid InspectionReportDto body) {
        ExtranetInspectionReport report = inspections.addReport(body.quarter().strip(), body.submittedOn(), body.description());
        return Response.status(Response.Status.CREATED).entity(InspectionReportView.of(report, List.of())).build();
    }

    @POST
    @Path("{id}/photos")
    @Consumes(MediaType.WILDCARD)
    @AllowedRoles(Role.VENDOR)
    public Response addPhoto(@PathParam("id") String id, @QueryParam("name") String name,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        PhotoInfo photo = inspections.addPhoto(id, name, contentType,
                FileTransfer.readUpTo(body, ExtranetInspections.MAX_PHOTO_BYTES));
        return FileTransfer.created(photo);
    }

    @GET
    @Path("{id}/photos/{photoId}")
    @Produces(MediaType.WILDCARD)
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.AUDITOR})
    public Response photo(@PathParam("id") String id, @PathParam("photoId") long photoId) {
        ExtranetInspectionPhoto photo = inspections.photo(id, photoId);
        PhotoInfo info = photo.info();
        return FileTransfer.download(photo.content(), info.contentType(), info.name());
    }
}
