package org.perfportal.reports.monthly;

import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.perfportal.reports.HeapWatch;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * A year of Luohe monthly sheets for many units (12 × units unit sheets), rendered to a counting
 * sink while the live heap is sampled every {@code sampleEvery} unit sheets: the measurement the
 * streaming test asserts on and the benchmark prints.
 *
 * @param units     units per month
 * @param seconds   wall-clock time of the render
 * @param bytes     size of the document
 * @param pages     pages exported
 * @param maxLive   the largest live heap sampled during the fill, in bytes
 * @param baseline  the live heap before the render, in bytes
 */
public record YearOfSheets(int units, double seconds, long bytes, int pages, long maxLive, long baseline) {

    /** Renders and measures. */
    public static YearOfSheets render(MonthlySheetRenderer renderer, int units, ReportFormat format, int sampleEvery) {
        HeapWatch.reset();
        long baseline = HeapWatch.liveNow();
        AtomicLong maxLive = new AtomicLong();
        AtomicInteger pages = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        };
        long start = System.nanoTime();
        renderer.render(GoldenMonthlySheets.heading(false), GoldenMonthlySheets.year(units), 12L * units, format, sink,
                new RenderProgress() {
                    @Override
                    public void rowsFilled(long done, long total) {
                        if (done % sampleEvery == 0) {
                            maxLive.accumulateAndGet(HeapWatch.liveNow(), Math::max);
                        }
                    }

                    @Override
                    public void pagesExported(int done, int total) {
                        pages.set(done);
                    }
                });
        return new YearOfSheets(units, (System.nanoTime() - start) / 1e9, bytes.get(), pages.get(), maxLive.get(), baseline);
    }

    @Override
    public String toString() {
        return String.format("%d units × 12 months: %d pages, %.1f MB, %.1f s, live heap during fill ≤ %.0f MB (%.0f MB before)",
                units, pages, bytes / 1e6, seconds, maxLive / 1e6, baseline / 1e6);
    }
}
