package org.perfportal.reports;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.perfportal.reports.monthly.MonthlySheetRenderer;
import org.perfportal.reports.monthly.YearOfSheets;
import org.perfportal.reports.payment.GoldenPaymentSchedules;
import org.perfportal.reports.payment.PaymentScheduleData;
import org.perfportal.reports.payment.PaymentScheduleRenderer;

/**
 * Measures the Luohe documents once the JVM is warm: the full-year payment schedule
 * (付款计划及结算表, 4 installments, 12 months) alone and twenty at a time, then a year of monthly
 * sheets for many units (default 1,300 × 12), with its live heap, in the small heap the build
 * gives this JVM ({@code -Xmx256m}): a document that held its rows or pages would not fit.
 *
 * <p>A main class, not a test: timings depend on the machine. Run with
 * {@code mvn -o -q -pl reports test-compile exec:exec@documents-benchmark} (optionally
 * {@code -Dbenchmark.units=N}).
 */
public final class DocumentBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 50;
    private static final int CONCURRENT = 20;

    private DocumentBenchmark() {
    }

    /**
     * @param args units per month of the year of sheets (default 1,300)
     * @throws Exception when a render fails
     */
    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1_300;
        PaymentScheduleRenderer renderer = new PaymentScheduleRenderer();
        PaymentScheduleData schedule = GoldenPaymentSchedules.luoheB(false);
        for (ReportFormat format : ReportFormat.values()) {
            for (int i = 0; i < WARM_UP; i++) {
                renderer.render(schedule, format, OutputStream.nullOutputStream(), RenderProgress.NONE);
            }
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                renderer.render(schedule, format, OutputStream.nullOutputStream(), RenderProgress.NONE);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("payment schedule (full year) %s warm render: median %.1f ms, p90 %.1f ms (%d runs)%n", format,
                    nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 9 / 10] / 1e6, MEASURED);
        }
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            long start = System.nanoTime();
            List<Future<?>> renders = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                renders.add(pool.submit(() -> renderer.render(schedule, ReportFormat.PDF, OutputStream.nullOutputStream(),
                        RenderProgress.NONE)));
            }
            for (Future<?> render : renders) {
                render.get();
            }
            System.out.printf("%d concurrent payment schedule PDFs on %d cores: %.0f ms wall clock%n", CONCURRENT,
                    Runtime.getRuntime().availableProcessors(), (System.nanoTime() - start) / 1e6);
        } finally {
            pool.shutdown();
        }
        System.out.printf("year of monthly sheets, PDF, max heap %d MB: %s%n", Runtime.getRuntime().maxMemory() / 1_000_000,
                YearOfSheets.render(new MonthlySheetRenderer(), units, ReportFormat.PDF, 1_300));
    }
}
