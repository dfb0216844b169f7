package org.perfportal.reports.fiscal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.perfportal.reports.ReportFormat;

/**
 * Measures how long the fiscal self-evaluation table (财政项目支出绩效自评表) takes to render
 * once the JVM is warm, alone and twenty at a time, to size the document endpoints.
 *
 * <p>A main class, not a test: timings depend on the machine and must not fail a build. Run
 * with {@code mvn -o -q -pl reports test-compile exec:exec@fiscal-benchmark}.
 */
public final class FiscalTableBenchmark {

    private static final int WARM_UP = 20;
    private static final int MEASURED = 50;
    private static final int CONCURRENT = 20;

    private FiscalTableBenchmark() {
    }

    /**
     * @param args ignored
     * @throws Exception when a render fails
     */
    public static void main(String[] args) throws Exception {
        FiscalTableRenderer renderer = new FiscalTableRenderer();
        FiscalTableData table = GoldenFiscalTables.governmentCloud(false);
        for (ReportFormat format : ReportFormat.values()) {
            for (int i = 0; i < WARM_UP; i++) {
                renderer.render(table, format, OutputStream.nullOutputStream());
            }
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < MEASURED; i++) {
                long start = System.nanoTime();
                renderer.render(table, format, OutputStream.nullOutputStream());
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("%s warm render: median %.1f ms, p90 %.1f ms (%d runs after %d warm-up)%n", format,
                    nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 9 / 10] / 1e6, MEASURED, WARM_UP);
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            long start = System.nanoTime();
            List<Future<?>> renders = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                renders.add(pool.submit(() -> renderer.render(table, ReportFormat.PDF, OutputStream.nullOutputStream())));
            }
            for (Future<?> render : renders) {
                render.get();
            }
            System.out.printf("%d concurrent PDF renders on %d cores: %.1f ms wall clock%n", CONCURRENT, threads,
                    (System.nanoTime() - start) / 1e6);
        } finally {
            pool.shutdown();
        }
    }
}
