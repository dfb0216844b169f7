package org.perfportal.web.assessment;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.Optional;
import org.perfportal.assessment.AssessmentResult;
import org.perfportal.assessment.AssessmentStatus;
import org.perfportal.assessment.AssessmentWorkflow;
import org.perfportal.identity.Role;
import org.perfportal.identity.VerifiedCaller;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.RecordNotFoundException;
import org.perfportal.web.VersionDto;
import org.perfportal.web.document.DocumentAnswers;
import org.perfportal.web.problem.Problem;
import org.perfportal.web.security.AllowedRoles;
import org.perfportal.web.security.Callers;

/**
 * The endpoints every assessment kind's results share (考核结果的流程), below a kind's
 * {@code …/assessments} path: list them, the one in force, read one, edit a draft's remark, submit, approve, dispute, finalize
 * and print it, each mapped to {@link AssessmentWorkflow} — which decides what the caller may see —
 * and answered as the kind's view. The assessor computes and submits, the approver approves
 * (publishing the result to the vendor) and finalizes, the vendor may dispute an approved result
 * (复核); the roles that read results read them (the vendor only once published). A kind's resource
 * adds what is its own (computing from its request body, and anything else the kind offers) and says
 * its kind, what it calls its period, its subject and its view.
 *
 * @param <V> the kind's view of a result
 */
public abstract class ResultLifecycleResource<V> {

    @Inject
    protected AssessmentWorkflow workflow;

    @Inject
    protected DocumentAnswers documents;

    @Context
    private SecurityContext security;

    private final String kind;
    private final String periodName;
    private final String periodExample;

    /**
     * @param kind          the kind's id
     * @param periodName    what the kind calls its period in queries ({@code month}, {@code period})
     * @param periodExample a period of the kind, for the message when none is named
     */
    protected ResultLifecycleResource(String kind, String periodName, String periodExample) {
        this.kind = kind;
        this.periodName = periodName;
        this.periodExample = periodExample;
    }

    /** The subject the path names (the contract), or null for a kind assessing the whole tenant. */
    protected abstract Long subject();

    /** The result as the kind's view. */
    protected abstract V view(AssessmentResult result);

    @GET
    @Path("{id}")
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public V get(@PathParam("id") long id) {
        return view(workflow.find(kind, subject(), id, caller()));
    }

    @PUT
    @Path("{id}")
    @AllowedRoles(Role.ASSESSOR)
    public V reviseRemark(@PathParam("id") long id, @NotNull @Valid RemarkDto body) {
        return view(workflow.reviseRemark(kind, subject(), id, body.version(), body.remark(), caller()));
    }

    @POST
    @Path("{id}/submit")
    @AllowedRoles(Role.ASSESSOR)
    public V submit(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return moveTo(id, body, AssessmentStatus.SUBMITTED);
    }

    @POST
    @Path("{id}/approve")
    @AllowedRoles(Role.APPROVER)
    public V approve(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return moveTo(id, body, AssessmentStatus.APPROVED);
    }

    @POST
    @Path("{id}/dispute")
    @AllowedRoles(Role.VENDOR)
    public V dispute(@PathParam("id") long id, @NotNull @Valid DisputeDto body) {
        return view(workflow.dispute(kind, subject(), id, body.version(), body.reason(), caller()));
    }

    @POST
    @Path("{id}/finalize")
    @AllowedRoles(Role.APPROVER)
    public V makeFinal(@PathParam("id") long id, @NotNull @Valid VersionDto body) {
        return moveTo(id, body, AssessmentStatus.FINAL);
    }

    /**
     * The result as the kind's document (考核表), PDF or XLSX; a result not yet approved is marked 草稿.
     * With {@code async=true}: 202 and a document job to poll.
     */
    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public Response document(@PathParam("id") long id, @QueryParam("format") @DefaultValue("pdf") String format,
                             @QueryParam("async") @DefaultValue("false") boolean async, @Context UriInfo uri) {
        return documents.answer(format, async, security, uri, () -> workflow.document(kind, subject(), id, caller()));
    }

    /** The results the caller may see, of the period the query names ({@code ?month=}, {@code ?period=}) or of all. */
    @GET
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public List<V> list(@Context UriInfo uri) {
        String period = uri.getQueryParameters().getFirst(periodName);
        return workflow.list(kind, subject(), period, caller()).stream().map(this::view).toList();
    }

    /** The period's result in force (生效结果): 404 naming the period until one has been approved. */
    @GET
    @Path("in-force")
    @AllowedRoles({Role.ASSESSOR, Role.APPROVER, Role.VENDOR, Role.FINANCE, Role.AUDITOR})
    public V inForce(@Context UriInfo uri) {
        String period = uri.getQueryParameters().getFirst(periodName);
        if (period == null || period.isBlank()) {
            throw new InvalidFieldException(periodName, "name the " + periodName + ", e.g. ?" + periodName + "=" + periodExample);
        }
        Optional<AssessmentResult> result = workflow.inForce(kind, subject(), period);
        return view(result.orElseThrow(() -> new RecordNotFoundException(periodName, "no approved result for " + period)));
    }

    /** A new draft revision, answered 201 with its location. */
    protected Response computed(String period, UriInfo uri) {
        AssessmentResult result = workflow.compute(kind, subject(), period);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(result.assessment().id())).build())
                .entity(view(result)).build();
    }

    protected VerifiedCaller caller() {
        return Callers.of(security);
    }

    private V moveTo(long id, VersionDto body, AssessmentStatus target) {
        return view(workflow.transition(kind, subject(), id, body.version(), target, caller()));
    }
}
