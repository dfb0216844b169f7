package org.perfportal.web.ommonthly;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.perfportal.assessment.ommonthly.OmPaymentService;
import org.perfportal.contract.ServiceContractService;
import org.perfportal.identity.Role;
import org.perfportal.payment.Amount;
import org.perfportal.payment.CentralizedReviewEntry;
import org.perfportal.payment.InstallmentPayment;
import org.perfportal.payment.ReviewAdjustment;
import org.perfportal.web.document.DocumentAnswers;
import org.perfportal.web.problem.Problem;
import org.perfportal.web.security.AllowedRoles;

/**
 * {@code /tenants/{tenant}/om-monthly/contracts/{contractId}/payment-schedule}: the payment schedule
 * (付款计划) finance reads; the centralized review entries (集中复核) the assessor enters; the invoice
 * and payment dates (付款登记) finance records per installment; the schedule as a document (付款计划及结算表).
 */
@RequestScoped
@Path("tenants/{tenant}/om-monthly/contracts/{contractId}/payment-schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OmPaymentResource {

    @Inject
    private OmPaymentService payments;

    @Inject
    private ServiceContractService contracts;

    @Inject
    private DocumentAnswers documents;

    @PathParam("contractId")
    private long contractId;

    @GET
    @AllowedRoles({Role.FINANCE, Role.ASSESSOR, Role.APPROVER, Role.AUDITOR, Role.TENANT_ADMIN})
    public PaymentScheduleView schedule() {
        return PaymentScheduleView.of(contractId, contracts.get(contractId).total(), payments.schedule(contractId));
    }

    /**
     * The schedule as the 付款计划及结算表, PDF or XLSX, for the roles that read the schedule. It prints as
     * 草稿 while any of its months has no approved result (its figures are provisional); a contract
     * none of whose months is approved yet is 409 {@code months}, not an empty settlement
     * (see {@code OmPaymentService.document}). With {@code async=true}: 202 and a document job to poll.
     */
    @GET
    @Path("document")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @AllowedRoles({Role.FINANCE, Role.ASSESSOR, Role.APPROVER, Role.AUDITOR, Role.TENANT_ADMIN})
    public Response document(@QueryParam("format") @DefaultValue("pdf") String format,
                             @QueryParam("async") @DefaultValue("false") boolean async,
                             @Context SecurityContext caller, @Context UriInfo uri) {
        return documents.answer(format, async, caller, uri, () -> payments.document(contractId));
    }

    @GET
    @Path("review")
    @AllowedRoles({Role.FINANCE, Role.ASSESSOR, Role.APPROVER, Role.AUDITOR, Role.TENANT_ADMIN})
    public List<ReviewEntryView> review() {
        return payments.reviewEntries(contractId).stream().map(ReviewEntryView::of).toList();
    }

    @POST
    @Path("review")
    @AllowedRoles(Role.ASSESSOR)
    public Response addReviewEntry(@NotNull ReviewEntryDto body) {
        CentralizedReviewEntry entry = payments.addReviewEntry(contractId, body.kind(), body.itemId(),
                body.monthsNotServiced(), body.amount(), body.reason());
        return Response.status(Response.Status.CREATED).entity(ReviewEntryView.of(entry)).build();
    }

    @PUT
    @Path("installments/{number}")
    @AllowedRoles(Role.FINANCE)
    public InstallmentDatesView recordDates(@PathParam("number") int number, @NotNull InstallmentDatesDto body) {
        InstallmentPayment payment = payments.recordDates(contractId, number, body.invoiceOn(), body.paidOn(), body.version());
        return new InstallmentDatesView(number, payment.dates().invoiceOn(), payment.dates().paidOn(), payment.version());
    }

    /** A stored centralized review entry. */
    public record ReviewEntryView(long id, ReviewAdjustment.Kind kind, Long itemId, Integer monthsNotServiced, Amount amount,
                                  String reason, OffsetDateTime enteredAt, long version) {

        static ReviewEntryView of(CentralizedReviewEntry e) {
            return new ReviewEntryView(e.id(), e.kind(), e.itemId(), e.monthsNotServiced(), Amount.of(e.amount()), e.reason(),
                    e.enteredAt(), e.version());
        }
    }

    /** An installment's recorded dates and the version to send with the next change. */
    public record InstallmentDatesView(int number, LocalDate invoiceOn, LocalDate paidOn, long version) {
    }
}
