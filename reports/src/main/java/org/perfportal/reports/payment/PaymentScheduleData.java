package org.perfportal.reports.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.perfportal.reports.DocumentHeader;

/**
 * The payment schedule and settlement (付款计划及结算表) of one O&amp;M service contract (Luohe,
 * DOMAIN §2 and §6 item 1): the contract, its installments with their months, scores, grades,
 * deduction rates and amounts, penalties, centralized-review adjustments, net payable, due dates
 * and late-payment penalties — every amount in figures and in Chinese capitals.
 *
 * @param header                 tenant, period, scheme version, production time, draft flag
 * @param contractName           合同名称
 * @param vendorName             服务商
 * @param servicePeriod          服务期限 as printed
 * @param contractTotal          合同总额
 * @param contractTotalInCapitals the same in capitals
 * @param monthlyFee             月度运维费 (the base of the grade deductions)
 * @param monthlyFeeInCapitals   the same in capitals
 * @param installments           the installments in order
 * @param totalPayable           应付合计 over the installments
 * @param totalPayableInCapitals the same in capitals
 * @param terms                  the payment terms as the tenant's scheme states them (grade bands and
 *                               rates, due-date and late-payment rules), printed under the total so the
 *                               reader can check every figure; the template states no rule of its own
 */
public record PaymentScheduleData(DocumentHeader header, String contractName, String vendorName, String servicePeriod,
                                  BigDecimal contractTotal, String contractTotalInCapitals, BigDecimal monthlyFee,
                                  String monthlyFeeInCapitals, List<InstallmentLine> installments,
                                  BigDecimal totalPayable, String totalPayableInCapitals, String terms) {

    /** Requires every value. */
    public PaymentScheduleData {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(contractName, "contractName");
        Objects.requireNonNull(vendorName, "vendorName");
        Objects.requireNonNull(servicePeriod, "servicePeriod");
        Objects.requireNonNull(contractTotal, "contractTotal");
        Objects.requireNonNull(contractTotalInCapitals, "contractTotalInCapitals");
        Objects.requireNonNull(monthlyFee, "monthlyFee");
        Objects.requireNonNull(monthlyFeeInCapitals, "monthlyFeeInCapitals");
        installments = List.copyOf(installments);
        Objects.requireNonNull(totalPayable, "totalPayable");
        Objects.requireNonNull(totalPayableInCapitals, "totalPayableInCapitals");
        terms = terms == null ? "" : terms;
    }
}
