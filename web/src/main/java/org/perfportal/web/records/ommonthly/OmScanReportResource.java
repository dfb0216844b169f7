package org.perfportal.web.records.ommonthly;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.perfportal.records.ommonthly.OmRecordBook;
import org.perfportal.records.ommonthly.OmScanReport;
import org.perfportal.records.ommonthly.ScanReportCheck;
import org.perfportal.records.ommonthly.ScanReportInfo;
import org.perfportal.web.document.FileTransfer;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/om-monthly/scans/{id}/reports}: the report of a vulnerability scan
 * (漏洞扫描报告) the vendor uploads as the raw request body ({@code ?name=} the file name,
 * {@code Content-Type} PDF, .xlsx, .docx or HTML); the bureau reads it back. At most 20 MB + 1 byte
 * is read, so an oversized upload is refused (413 {@code report}) without being buffered whole.
 */
@RequestScoped
@Path("tenants/{tenant}/om-monthly/scans/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
public class OmScanReportResource {

    @Inject
    private OmRecordBook book;

    @GET
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.AUDITOR})
    public List<ScanReportInfo> list(@PathParam("id") String id) {
        return book.scanReports(id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @AllowedRoles(Role.VENDOR)
    public Response upload(@PathParam("id") String id, @QueryParam("name") String name,
                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        ScanReportInfo report = book.attachScanReport(id, name, contentType,
                FileTransfer.readUpTo(body, ScanReportCheck.MAX_BYTES));
        return FileTransfer.created(report);
    }

    @GET
    @Path("{reportId}")
    @Produces(MediaType.WILDCARD)
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.AUDITOR})
    public Response download(@PathParam("id") String id, @PathParam("reportId") long reportId) {
        OmScanReport report = book.scanReport(id, reportId);
        ScanReportInfo info = report.info();
        return FileTransfer.download(report.content(), info.contentType(), info.name());
    }
}
