package org.perfportal.web.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.perfportal.identity.Role;
import org.perfportal.shared.ConflictException;
import org.perfportal.web.problem.Problem;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/documents/jobs/{id}}: the status and the file of a document rendered in
 * the background (started by a document endpoint with {@code ?async=true}). Only the user who
 * started the job sees it; any other id is 404.
 */
@RequestScoped
@Path("tenants/{tenant}/documents/jobs/{id}")
public class DocumentJobResource {

    @Inject
    private DocumentJobs jobs;

    @Context
    private SecurityContext caller;

    @Context
    private UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public DocumentJobView status(@PathParam("id") String id) {
        return DocumentJobView.of(jobs.find(id, caller), uri);
    }

    /** The finished file; a running job is 409 {@code status}, a failed one a 500 problem saying why. */
    @GET
    @Path("file")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Problem.MEDIA_TYPE})
    @AllowedRoles({Role.TENANT_ADMIN, Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.UNIT, Role.FINANCE, Role.AUDITOR})
    public Response file(@PathParam("id") String id) {
        DocumentJob job = jobs.find(id, caller);
        return switch (job.status()) {
            case RUNNING -> throw new ConflictException("status", "the document is still being rendered: "
                    + job.rowsDone() + " rows, " + job.pagesDone() + " pages so far");
            case FAILED -> Problem.response(Response.Status.INTERNAL_SERVER_ERROR, job.failure(), null);
            case DONE -> DocumentDownload.file(job.format(), job.fileName(), job.file());
        };
    }
}
