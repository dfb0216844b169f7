package org.perfportal.assessment.ommonthly;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.perfportal.contract.ServiceContractService;
import org.perfportal.fiscal.LinkedFigure;
import org.perfportal.fiscal.LinkedFigureProvider;
import org.perfportal.fiscal.LinkedMeasure;
import org.perfportal.payment.ScheduledInstallment;
import org.perfportal.tenant.TenantRegistry;

/**
 * 合同支付金额 of the payment schedule: the yuan paid to the vendors in a calendar year against the
 * tenant's O&amp;M contracts — each installment whose payment date finance recorded in that year,
 * counted at its net payable (after the months' deductions and the centralized review). The
 * agency's own late-payment penalty is not part of it: it is owed on top and is no contract
 * expenditure. Read through the tenant-bound services, so a tenant only ever sums its own contracts.
 */
@ApplicationScoped
public class OmAmountPaid implements LinkedFigureProvider {

    @Inject
    private ServiceContractService contracts;

    @Inject
    private OmPaymentService payments;

    @Inject
    private TenantRegistry registry;


    @Override
    public LinkedFigure figure() {
        return LinkedFigure.AMOUNT_PAID;
    }

    @Override
    public LinkedMeasure measure(int year) {
        List<PaidInstallment> installments = contracts.list().stream()
                .flatMap(contract -> payments.schedule(contract.id()).stream()
                        .map(installment -> new PaidInstallment(contract.name(), installment)))
                .toList();
        return paidIn(year, registry.currentDisplayName() + "付款记录 " + year + "年", installments);
    }

    /** The sum of the installments paid in {@code year}, with the source naming each of them. */
    static LinkedMeasure paidIn(int year, String source, List<PaidInstallment> installments) {
        List<PaidInstallment> paid = installments.stream()
                .filter(i -> i.installment().paidOn() != null && i.installment().paidOn().getYear() == year)
                .toList();
        if (paid.isEmpty()) {
            return LinkedMeasure.none(source + "：无已支付的分期");
        }
        BigDecimal sum = paid.stream().map(i -> i.installment().netPayable().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return LinkedMeasure.of(sum, source + "：已支付 " + yuan(sum) + "，共 " + paid.size() + " 期（"
                + paid.stream().map(PaidInstallment::describe).collect(Collectors.joining("；")) + "）");
    }

    private static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount) + "元";
    }

    /** An installment of the schedule with the contract it belongs to. */
    record PaidInstallment(String contract, ScheduledInstallment installment) {

        String describe() {
            return contract + " 第" + installment.number() + "期 " + yuan(installment.netPayable().value())
                    + " 于 " + installment.paidOn() + " 支付";
        }
    }
}
