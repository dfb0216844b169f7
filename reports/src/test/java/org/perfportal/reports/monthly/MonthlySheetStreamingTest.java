package org.perfportal.reports.monthly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.perfportal.reports.HeapWatch;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * A month of 1,300 units' sheets (Luohe's size: ~620 PDF pages) streams: the renderer pulls unit
 * sheets one at a time as it fills, and the live heap stays flat while pages accumulate (filled
 * pages go to the swap file). The full year (12 × 1,300) is measured by the benchmark.
 */
class MonthlySheetStreamingTest {

    private static final int UNITS = 1_300;

    @Test
    void unitSheetsArePulledLazilyAndTheLiveHeapStaysBounded() {
        AtomicLong generated = new AtomicLong();
        AtomicLong maxAhead = new AtomicLong();
        AtomicLong maxLive = new AtomicLong();
        AtomicLong pages = new AtomicLong();
        Iterator<UnitSheet> year = GoldenMonthlySheets.year(UNITS);
        Iterator<UnitSheet> oneMonth = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return generated.get() < UNITS;
            }

            @Override
            public UnitSheet next() {
                generated.incrementAndGet();
                return year.next();
            }
        };
        HeapWatch.reset();
        long baseline = HeapWatch.liveNow();
        new MonthlySheetRenderer().render(GoldenMonthlySheets.heading(false), oneMonth, UNITS, ReportFormat.PDF,
                OutputStream.nullOutputStream(), new RenderProgress() {
                    @Override
                    public void rowsFilled(long done, long total) {
                        maxAhead.accumulateAndGet(generated.get() - done, Math::max);
                        if (done % 250 == 0) {
                            maxLive.accumulateAndGet(HeapWatch.liveNow(), Math::max);
                        }
                    }

                    @Override
                    public void pagesExported(int done, int total) {
                        pages.set(done);
                    }
                });
        assertTrue(pages.get() > 500, "pages: " + pages);
        // The renderer is never more than one unit sheet ahead of what it has filled.
        assertTrue(maxAhead.get() <= 1, "sheets generated ahead of the fill: " + maxAhead);
        // Held in memory, ~600 filled pages would be tens of MB; swapped, the live heap barely moves.
        long growth = maxLive.get() - baseline;
        assertTrue(growth < 32_000_000, "live heap grew by " + growth / 1_000_000 + " MB while filling " + pages + " pages");
    }
}
