package org.perfportal.reports.payment;

import java.io.OutputStream;
import java.util.Map;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JasperReport;

import org.perfportal.reports.JasperDocuments;
import org.perfportal.reports.RecordDataSource;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * Renders the payment schedule and settlement (付款计划及结算表) of one contract to PDF or XLSX.
 * The months are pulled installment by installment as the document fills. Thread-safe; load once
 * and share.
 */
public final class PaymentScheduleRenderer {

    /** Title of the document, also the XLSX sheet name. */
    public static final String TITLE = "付款计划及结算表";

    static final String TEMPLATE = "/org/perfportal/reports/payment/PaymentSchedule.jasper";

    private final JasperReport template = JasperDocuments.loadCompiledTemplate(TEMPLATE);

    /**
     * @param schedule the contract's schedule
     * @param format   PDF or XLSX
     * @param out      the destination; not closed
     * @param progress told of months filled and pages exported
     */
    public void render(PaymentScheduleData schedule, ReportFormat format, OutputStream out, RenderProgress progress) {
        long months = schedule.installments().stream().mapToLong(i -> i.months().size()).sum();
        Stream<ScheduleRow> rows = schedule.installments().stream()
                .flatMap(installment -> installment.months().stream().map(month -> new ScheduleRow(installment, month)));
        JasperDocuments.render(template, Map.of("schedule", schedule), schedule.header(),
                new RecordDataSource<>(ScheduleRow.class, rows.iterator(), months, progress), format, TITLE, out, progress);
    }
}
