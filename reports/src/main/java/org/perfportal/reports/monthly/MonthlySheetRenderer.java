package org.perfportal.reports.monthly;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import net.sf.jasperreports.engine.JasperReport;

import org.perfportal.reports.JasperDocuments;
import org.perfportal.reports.RecordDataSource;
import org.perfportal.reports.RenderProgress;
import org.perfportal.reports.ReportFormat;

/**
 * Renders Luohe monthly assessment sheets (附件4.2 filled in per unit, with every traced line, and
 * the vendor's score, grade and money for each month) to PDF or XLSX.
 *
 * <p>The unit sheets are pulled from the caller's iterator one at a time while the document
 * fills, and filled pages go to a swap file, so a year of 1,300 units renders in a bounded heap.
 * Progress counts unit sheets. Thread-safe; load once and share.
 */
public final class MonthlySheetRenderer {

    /** Title of the document, also the XLSX sheet name. */
    public static final String TITLE = "运维月度考核表";

    static final String TEMPLATE = "/org/perfportal/reports/monthly/MonthlyAssessmentSheet.jasper";

    private final JasperReport template = JasperDocuments.loadCompiledTemplate(TEMPLATE);

    /**
     * @param sheet     the document heading
     * @param units     the unit sheets, grouped by month, in print order; pulled lazily
     * @param unitCount how many unit sheets the iterator gives (progress only), -1 if unknown
     * @param format    PDF or XLSX
     * @param out       the destination; not closed
     * @param progress  told of unit sheets filled and pages exported
     */
    public void render(MonthlySheetData sheet, Iterator<UnitSheet> units, long unitCount, ReportFormat format,
                       OutputStream out, RenderProgress progress) {
        AtomicLong pulled = new AtomicLong();
        Stream<SheetRow> rows = StreamSupport.stream(Spliterators.spliteratorUnknownSize(units, Spliterator.ORDERED), false)
                .peek(unit -> {
                    long done = pulled.incrementAndGet();
                    if (done % 50 == 0 || done == unitCount) {
                        progress.rowsFilled(done, unitCount);
                    }
                })
                .flatMap(unit -> unit.parts().stream().flatMap(part -> Stream.concat(Stream.of(SheetRow.scored(unit, part)),
                        part.lines().stream().map(line -> SheetRow.traced(unit, line)))));
        JasperDocuments.render(template, Map.of("sheet", sheet), sheet.header(),
                new RecordDataSource<>(SheetRow.class, rows.iterator(), -1, RenderProgress.NONE), format, TITLE, out,
                progress);
    }
}
