package org.perfportal.document;

import jakarta.enterprise.context.ApplicationScoped;
import org.perfportal.reports.fiscal.FiscalTableRenderer;
import org.perfportal.reports.monthly.MonthlySheetRenderer;
import org.perfportal.reports.extranet.ExtranetSheetRenderer;
import org.perfportal.reports.payment.PaymentScheduleRenderer;
import org.perfportal.reports.egovannual.RankingTableRenderer;
import org.perfportal.reports.satisfaction.SatisfactionFormRenderer;

/** The document renderers, each loaded once (its compiled template) and shared by all requests. */
@ApplicationScoped
public class DocumentRenderers {

    private final FiscalTableRenderer fiscalTable = new FiscalTableRenderer();
    private final ExtranetSheetRenderer extranetSheet = new ExtranetSheetRenderer();
    private final SatisfactionFormRenderer satisfactionForm = new SatisfactionFormRenderer();
    private final RankingTableRenderer annualRanking = new RankingTableRenderer();
    private final PaymentScheduleRenderer paymentSchedule = new PaymentScheduleRenderer();
    private final MonthlySheetRenderer monthlySheet = new MonthlySheetRenderer();

    public FiscalTableRenderer fiscalTable() {
        return fiscalTable;
    }

    /** 电子政务外网支撑保障服务考核表（半年考核）. */
    public ExtranetSheetRenderer extranetSheet() {
        return extranetSheet;
    }

    /** 运维满意度评价表 (附件4.1), blank or filled. */
    public SatisfactionFormRenderer satisfactionForm() {
        return satisfactionForm;
    }

    /** 电子政务工作考核排名表 (Pingliang). */
    public RankingTableRenderer annualRanking() {
        return annualRanking;
    }

    /** 付款计划及结算表 (Luohe). */
    public PaymentScheduleRenderer paymentSchedule() {
        return paymentSchedule;
    }

    /** 运维月度考核表 (Luohe 附件4.2 per unit). */
    public MonthlySheetRenderer monthlySheet() {
        return monthlySheet;
    }
}
