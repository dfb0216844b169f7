package org.perfportal.assessment.ommonthly;

import java.time.OffsetDateTime;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.perfportal.assessment.Assessment;
import org.perfportal.assessment.AssessmentService;
import org.perfportal.calendar.BusinessCalendarService;
import org.perfportal.contract.OmItem;
import org.perfportal.contract.ServiceContract;
import org.perfportal.contract.ServiceContractService;
import org.perfportal.document.DocumentRenderers;
import org.perfportal.document.PreparedDocument;
import org.perfportal.payment.CentralizedReviewEntry;
import org.perfportal.payment.Installment;
import org.perfportal.payment.InstallmentDates;
import org.perfportal.payment.InstallmentPayment;
import org.perfportal.payment.PaymentSchedule;
import org.perfportal.payment.ReviewAdjustment;
import org.perfportal.payment.ScheduledInstallment;
import org.perfportal.payment.ScheduledMonth;
import org.perfportal.reports.payment.PaymentScheduleData;
import org.perfportal.scheme.AppliedScheme;
import org.perfportal.scheme.SchemeService;
import org.perfportal.shared.InvalidFieldException;
import org.perfportal.shared.StaleVersion;
import org.perfportal.tenant.TenantEntityManager;
import org.perfportal.tenant.TenantRegistry;

/**
 * The payment schedule (付款计划) of a Luohe O&amp;M contract: its installments, each month's figures
 * from the month's result in force (approved, disputed or final — never a draft), the centralized
 * review (集中复核) entries the assessor enters, the invoice and payment dates finance records; the
 * arithmetic is {@link PaymentSchedule}'s. The installment split and the late-payment terms are the
 * contract's ({@link ServiceContract#paymentTerms()}).
 */
@Stateless
public class OmPaymentService {

    /** 合同第三条: 季度考核结束并开具发票后 30 个工作日内. */
    public static final int DUE_WORKING_DAYS = 30;
    /** Approval instants are turned into the agency's days (the tenant's zone). */
    private static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_REASON = 2000;

    /** The operator's stored calendar: due dates and deadlines count working days on it. */
    @Inject
    private BusinessCalendarService calendars;

    @Inject
    private Clock clock;

    @Inject
    private ServiceContractService contracts;

    @Inject
    private AssessmentService assessments;

    @Inject
    private OmMonthService months;

    @Inject
    private TenantEntityManager tenantEm;

    @Inject
    private SchemeService schemes;

    @Inject
    private OmSchemeCodec codec;

    @Inject
    private TenantRegistry registry;

    @Inject
    private DocumentRenderers renderers;

    public List<ScheduledInstallment> schedule(long contractId) {
        ServiceContract contract = contracts.get(contractId);
        List<Installment> installments = contract.installments();
        Map<YearMonth, ScheduledMonth> assessed = new HashMap<>();
        for (Installment installment : installments) {
            for (int i = 0; i < contract.paymentTerms().monthsPerInstallment(); i++) {
                YearMonth month = YearMonth.from(installment.firstDay().plusMonths(i));
                assessments.inForce(OmMonthService.KIND, contractId, month.toString())
                        .ifPresent(result -> assessed.put(month, scheduled(month, result)));
            }
        }
        List<ReviewAdjustment> review = reviewEntries(contractId).stream().map(CentralizedReviewEntry::toAdjustment).toList();
        Map<Integer, InstallmentDates> dates = payments(contractId).stream()
                .collect(Collectors.toMap(InstallmentPayment::installmentNumber, InstallmentPayment::dates));
        return new PaymentSchedule(contract.paymentTerms(), calendars.calendar(), DUE_WORKING_DAYS)
                .schedule(contract.total(), installments, assessed, review, dates);
    }

    /**
     * The schedule as the 付款计划及结算表, with the scheme versions of the months in force and the
     * terms of the latest; 草稿 while any month has no approved result, 409 {@code months} when none
     * has ({@link PaymentSchedulePrint}).
     */
    public PreparedDocument document(long contractId) {
        ServiceContract contract = contracts.get(contractId);
        List<ScheduledInstallment> schedule = schedule(contractId);
        List<AppliedScheme<OmSchemeParameters>> applied = schedule.stream()
                .flatMap(i -> i.months().stream())
                .flatMap(m -> m.result().stream())
                .map(r -> assessments.find(OmMonthService.KIND, r.assessmentId()).schemeId())
                .distinct().sorted()
                .map(id -> schemes.applied(codec, id)).toList();
        PaymentScheduleData data = PaymentSchedulePrint.of(registry.currentDisplayName(), contract, schedule,
                applied.stream().map(AppliedScheme::versionLabel).toList(),
                applied.isEmpty() ? null : applied.get(applied.size() - 1).parameters(), clock.instant());
        return new PreparedDocument("付款计划及结算表-" + contract.name(),
                (format, out, progress) -> renderers.paymentSchedule().render(data, format, out, progress));
    }

    public List<CentralizedReviewEntry> reviewEntries(long contractId) {
        contracts.get(contractId);
        return tenantEm.get().createQuery("SELECT e FROM CentralizedReviewEntry e WHERE e.contractId = :contract ORDER BY e.id",
                        CentralizedReviewEntry.class)
                .setParameter("contract", contractId)
                .getResultList();
    }

    /**
     * Enters a centralized review entry: a reduction names an item of the contract ({@code itemId}) and
     * the months it was not serviced ({@code monthsNotServiced}, 1 to 12); a recognized cost may name an
     * item. Amounts are yuan &gt; 0 with at most 2 decimals; the reason is required.
     */
    public CentralizedReviewEntry addReviewEntry(long contractId, ReviewAdjustment.Kind kind, Long itemId,
                                                 Integer monthsNotServiced, BigDecimal amount, String reason) {
        ServiceContract contract = contracts.get(contractId);
        if (kind == null) {
            throw new InvalidFieldException("kind", "REDUCTION (核减) or RECOGNIZED_COST (认定费用) is required");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new InvalidFieldException("amount", "yuan greater than 0 with at most 2 decimals is required, was "
                    + (amount == null ? "none" : amount.toPlainString()));
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new InvalidFieldException("reason", "a reason of at most " + MAX_REASON + " characters is required");
        }
        if (kind == ReviewAdjustment.Kind.REDUCTION) {
            if (itemId == null) {
                throw new InvalidFieldException("itemId", "a reduction names the O&M item not serviced");
            }
            int months = contract.paymentTerms().monthsPerYear();
            if (monthsNotServiced == null || monthsNotServiced < 1 || monthsNotServiced > months) {
                throw new InvalidFieldException("monthsNotServiced", "1 to " + months + " months is required, was "
                        + monthsNotServiced);
            }
        } else if (monthsNotServiced != null) {
            throw new InvalidFieldException("monthsNotServiced", "only a reduction counts months not serviced");
        }
        if (itemId != null) {
            OmItem item = tenantEm.get().find(OmItem.class, itemId);
            if (item == null || !item.contract().id().equals(contract.id())) {
                throw new InvalidFieldException("itemId", "no O&M item " + itemId + " in contract " + contractId);
            }
        }
        CentralizedReviewEntry entry = new CentralizedReviewEntry(contractId, kind, itemId, monthsNotServiced,
                amount.setScale(2), reason.strip(), OffsetDateTime.now(clock));
        tenantEm.get().persist(entry);
        tenantEm.get().flush();
        return entry;
    }

    /**
     * Records an installment's invoice and payment dates, starting from the version read (none for the
     * first record). Neither may lie in the future; the payment not before the invoice.
     */
    public InstallmentPayment recordDates(long contractId, int number, LocalDate invoiceOn, LocalDate paidOn,
                                          Long expectedVersion) {
        ServiceContract contract = contracts.get(contractId);
        if (number < 1 || number > contract.installmentCount()) {
            throw new InvalidFieldException("number", "contract " + contractId + " has installments 1 to "
                    + contract.installmentCount() + ", not " + number);
        }
        LocalDate today = LocalDate.now(clock.withZone(AGENCY_ZONE));
        if (invoiceOn != null && invoiceOn.isAfter(today)) {
            throw new InvalidFieldException("invoiceOn", "an invoice date cannot be in the future: " + invoiceOn);
        }
        if (paidOn != null && paidOn.isAfter(today)) {
            throw new InvalidFieldException("paidOn", "a payment date cannot be in the future: " + paidOn);
        }
        if (paidOn != null && invoiceOn != null && paidOn.isBefore(invoiceOn)) {
            throw new InvalidFieldException("paidOn", "paid " + paidOn + ", before the invoice of " + invoiceOn);
        }
        InstallmentPayment payment = payments(contractId).stream().filter(p -> p.installmentNumber() == number)
                .findFirst().orElse(null);
        if (payment == null) {
            if (expectedVersion != null && expectedVersion != 0) {
                throw new InvalidFieldException("version", "installment " + number + " has no dates yet; send no version");
            }
            payment = new InstallmentPayment(contractId, number);
            tenantEm.get().persist(payment);
        } else {
            StaleVersion.check("installment payment", payment.version(), expectedVersion == null ? -1 : expectedVersion);
        }
        payment.record(invoiceOn, paidOn);
        tenantEm.get().flush();
        return payment;
    }

    public List<InstallmentPayment> payments(long contractId) {
        return tenantEm.get().createQuery("SELECT p FROM InstallmentPayment p WHERE p.contractId = :contract"
                        + " ORDER BY p.installmentNumber", InstallmentPayment.class)
                .setParameter("contract", contractId)
                .getResultList();
    }

    private ScheduledMonth scheduled(YearMonth month, Assessment result) {
        OmMonthSummary s = months.summaryOf(result);
        return new ScheduledMonth(month, result.id(), s.vendorScore(), s.grade().name(), s.grade().chinese(),
                s.feeDeductionRate(), s.monthlyFee(), s.gradeDeduction(), s.penalties(), s.moneyDeducted(),
                result.approvedAt().atZoneSameInstant(AGENCY_ZONE).toLocalDate());
    }
}
